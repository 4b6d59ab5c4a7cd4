using CreepLint.NUnit;

namespace CreepLint.NUnit.Tests;

public sealed class TemplateSourceTests
{
    public static IEnumerable<TestCaseData> Templates => CreepLintTemplates.InFolder("templates");

    [TestCaseSource(nameof(Templates))]
    public void Every_template_in_the_folder_arrives_as_one_case(TemplateFile template)
    {
        Assert.Multiple(() =>
        {
            Assert.That(template.Text, Is.EqualTo(File.ReadAllText(template.Path)));
            Assert.That(template.Path, Does.EndWith(template.Name.Replace('/', Path.DirectorySeparatorChar)));
        });
    }

    [Test]
    public void Cases_are_the_template_files_in_ordinal_order_named_by_relative_path()
    {
        var names = Templates.Select(c => c.TestName).ToList();
        Assert.That(names, Is.EqualTo(new[] { "{m}(journeys/baby-club.liquid)", "{m}(spring-sale.txt)", "{m}(welcome.html)" }), "notes.csv is not a template");
        Assert.That(Templates.Select(c => c.Arguments.Single()), Is.All.InstanceOf<TemplateFile>());
    }

    [Test]
    public void Templates_are_linted_in_the_format_creeplint_lint_reads_them() =>
        Assert.That(CreepLintTemplates.Load("templates").Select(t => (t.Name, t.Format)),
            Is.EqualTo(new[] { ("journeys/baby-club.liquid", TextFormat.Auto), ("spring-sale.txt", TextFormat.PlainText), ("welcome.html", TextFormat.Html) }));

    [Test]
    public void Missing_folder_is_reported_with_its_full_path_and_the_fix()
    {
        var ex = Assert.Throws<DirectoryNotFoundException>(() => CreepLintTemplates.Load("no-such-folder"));
        Assert.That(ex.Message, Does.Contain(Path.Combine(AppContext.BaseDirectory, "no-such-folder")).And.Contain("CopyToOutputDirectory"));
    }

    [Test]
    public void Folder_without_templates_is_an_error_not_zero_cases()
    {
        var dir = Directory.CreateTempSubdirectory("creeplint-empty-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "data.csv"), "x");
            Assert.That(() => CreepLintTemplates.Load(dir.FullName), Throws.InvalidOperationException.With.Message.Contains("No templates"));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
