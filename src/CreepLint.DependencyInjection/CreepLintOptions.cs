using Microsoft.Extensions.Configuration;

namespace CreepLint.DependencyInjection;

/// <summary>
/// Where the app's engine comes from: a <c>.creeplint.yaml</c> (the file CI lints with), or a configuration section
/// written with the same keys (<c>thresholds</c>, <c>channels</c>, <c>disable</c>, <c>severity</c>, <c>fields</c>,
/// <c>rules</c>, <c>default-rules</c>, <c>model</c>) and meaning. Bound by
/// <see cref="Microsoft.Extensions.DependencyInjection.CreepLintServiceCollectionExtensions.AddCreepLint(Microsoft.Extensions.DependencyInjection.IServiceCollection, IConfiguration)"/>.
/// </summary>
public sealed class CreepLintOptions
{
    /// <summary>The section apps keep these settings in by convention: <c>CreepLint</c>.</summary>
    public const string SectionName = "CreepLint";

    /// <summary>A <c>.creeplint.yaml</c>, or a directory to find one in (and in its parents, as <c>creeplint lint</c> does).
    /// A relative path is resolved against <see cref="AppContext.BaseDirectory"/>. In a configuration section: <c>ConfigurationFile</c>.</summary>
    /// <remarks>With a file, the section must hold nothing else: one source of settings, so the app cannot drift from CI.</remarks>
    public string? ConfigurationFile { get; set; }

    /// <summary>The section the settings were bound from (its other keys are <c>.creeplint.yaml</c> keys); null when set in code.</summary>
    public IConfiguration? Section { get; set; }
}
