using CreepLint.Configuration;
using CreepLint.Model;
using Microsoft.Extensions.Options;

namespace CreepLint.DependencyInjection;

/// <summary>Builds the engine when the host validates options at start-up, so a bad configuration stops the app before
/// its first message, with every problem named (file, line and column, or configuration path).</summary>
internal sealed class CreepLintOptionsValidator(CreepLintEngineSource source) : IValidateOptions<CreepLintOptions>
{
    public ValidateOptionsResult Validate(string? name, CreepLintOptions options)
    {
        try
        {
            _ = source.For(options);
            return ValidateOptionsResult.Success;
        }
        catch (ConfigurationLoadException ex)
        {
            return ValidateOptionsResult.Fail(SectionConfig.Describe(ex.Diagnostics));
        }
        catch (RuleLoadException ex)
        {
            return ValidateOptionsResult.Fail(ex.Diagnostics.Select(d => d.ToString()));
        }
        catch (Exception ex) when (ex is ModelLoadException or InvalidOperationException)
        {
            return ValidateOptionsResult.Fail(ex.Message);
        }
    }
}
