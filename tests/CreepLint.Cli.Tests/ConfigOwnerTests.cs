using CreepLint.Cli.Inputs;
using CreepLint.Configuration;

namespace CreepLint.Cli.Tests;

/// <summary>The library reads .creeplint.yaml for the CLI: the format names it accepts are exactly the ones the CLI reads.</summary>
public sealed class ConfigOwnerTests
{
    [Test]
    public void Format_names_the_library_accepts_are_the_ones_the_cli_reads() =>
        Assert.That(ConfigReader.FormatNames, Is.EquivalentTo(InputFormats.Names.Keys));

    [Test]
    public void A_formats_entry_maps_to_the_cli_reader_and_matches_by_extension_or_glob()
    {
        var config = ConfigReader.Parse("formats:\n  .haml: text\n  \"legacy/**/*.tpl\": erb\n", "/repo/.creeplint.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(FileWalker.FormatOf(config, "/repo/views/a.haml"), Is.EqualTo(InputFormat.Text));
            Assert.That(FileWalker.FormatOf(config, "/repo/legacy/x/b.tpl"), Is.EqualTo(InputFormat.Erb));
            Assert.That(FileWalker.FormatOf(config, "/repo/other/b.tpl"), Is.Not.EqualTo(InputFormat.Erb));
        });
    }
}
