using CreepLint.DependencyInjection;
using CreepLint.NUnit;
using CreepLint.Tests;

namespace CreepLint.DependencyInjection.Tests;

/// <summary>Pins the public API of the DI package: any change shows up as a diff against the approved file.</summary>
public sealed class PublicApiTests
{
    [Test]
    public void Public_api_of_CreepLint_DependencyInjection_is_approved() =>
        Approvals.Verify(PublicApiWriter.Write(typeof(ICreepLintGate).Assembly), "CreepLint.DependencyInjection.PublicApi");
}
