using CreepLint.NUnit;
using CreepLint.Tests;

namespace CreepLint.NUnit.Tests;

/// <summary>Pins the public API of the NUnit helpers: any change shows up as a diff against the approved file.</summary>
public sealed class PublicApiTests
{
    [Test]
    public void Public_api_of_CreepLint_NUnit_is_approved() =>
        Approvals.Verify(PublicApiWriter.Write(typeof(CreepyConstraint).Assembly), "CreepLint.NUnit.PublicApi");
}
