using System.CommandLine;
using CreepLint.Model;

namespace CreepLint.Cli.Commands;

/// <summary>
/// The lint command's model switches: <c>--model FILE</c> blends a trained model instead of the built-in one,
/// <c>--no-model</c> lints with the rules only. Without either, the built-in model is blended.
/// </summary>
internal sealed class ModelOptions
{
    public Option<string> Model { get; } = new("--model")
    {
        Description = "A model file (.clm) written by 'creeplint train', blended with the rules instead of the built-in model.",
    };

    public Option<bool> NoModel { get; } = new("--no-model") { Description = "Rules only: do not blend a learned model." };

    public void AddTo(Command command)
    {
        command.Options.Add(Model);
        command.Options.Add(NoModel);
    }

    /// <summary>Configures the builder; a bad model file or conflicting switches become a <see cref="UsageException"/> (exit 2).</summary>
    public void Apply(ParseResult parse, CreepLintEngineBuilder builder)
    {
        var path = parse.GetValue(Model);
        if (parse.GetValue(NoModel))
        {
            if (path is not null)
            {
                throw new UsageException("--model and --no-model contradict each other; give one of them");
            }

            builder.WithoutModel();
            return;
        }

        try
        {
            builder.UseModel(path is null ? LinearCreepModel.Default : LinearCreepModel.Load(path));
        }
        catch (ModelLoadException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
