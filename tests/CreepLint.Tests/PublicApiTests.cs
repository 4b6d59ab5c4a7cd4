using CreepLint.NUnit;

namespace CreepLint.Tests;

/// <summary>Pins the public API of the library: any change shows up as a diff against the approved file and must be accepted on purpose.</summary>
public sealed class PublicApiTests
{
    [Test]
    public void Public_api_of_CreepLint_is_approved() =>
        Approvals.Verify(PublicApiWriter.Write(typeof(CreepLintEngine).Assembly), "CreepLint.PublicApi");
}
