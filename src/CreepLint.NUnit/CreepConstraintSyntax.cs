using System.Diagnostics.CodeAnalysis;
using NUnit.Framework.Constraints;

namespace CreepLint.NUnit;

/// <summary>
/// Adds CreepLint constraints to NUnit's own syntax, so <c>using CreepLint.NUnit;</c> is all a test needs:
/// <c>Assert.That(message, Is.Not.Creepy)</c>, <c>Is.Not.Creepy.Above(40)</c>,
/// <c>Has.No.CreepFinding.InCategory("inferred-trait")</c>.
/// </summary>
/// <remarks>Uses C# 14 extension members; older language versions can call <see cref="CreepyConstraint"/> and
/// <see cref="CreepFindingConstraint"/> directly, e.g. <c>Assert.That(message, new CreepyConstraint())</c>.</remarks>
[SuppressMessage("Naming", "CA1708", Justification = "False positive: the analyzer compares the compiler's names for the extension blocks.")]
public static class CreepConstraintSyntax
{
    extension(global::NUnit.Framework.Is)
    {
        /// <summary>Succeeds when the message fails CreepLint (or scores above a limit set with <see cref="CreepyConstraint.Above"/>).</summary>
        public static CreepyConstraint Creepy => new();
    }

    extension(global::NUnit.Framework.Has)
    {
        /// <summary>Succeeds when the message has a finding (narrow it with <see cref="CreepFindingConstraint.InCategory(string)"/>).</summary>
        public static CreepFindingConstraint CreepFinding => new();
    }

    extension(ConstraintExpression expression)
    {
        /// <summary>Appends a <see cref="CreepyConstraint"/> to an expression such as <c>Is.Not</c>.</summary>
        public CreepyConstraint Creepy => expression.Append(new CreepyConstraint());

        /// <summary>Appends a <see cref="CreepFindingConstraint"/> to an expression such as <c>Has.No</c>.</summary>
        public CreepFindingConstraint CreepFinding => expression.Append(new CreepFindingConstraint());
    }
}
