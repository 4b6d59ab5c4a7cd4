using CreepLint;
using CreepLint.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers CreepLint: one <see cref="CreepLintEngine"/> singleton built from configuration and checked at
/// start-up, and an <see cref="ICreepLintGate"/> to lint through.</summary>
public static class CreepLintServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine described by a configuration section (conventionally <c>CreepLint</c>): either
    /// <c>"ConfigurationFile": ".creeplint.yaml"</c> (the file CI lints with), or <c>.creeplint.yaml</c>'s own keys
    /// (<c>thresholds</c>, <c>channels</c>, <c>disable</c>, <c>severity</c>, <c>fields</c>, <c>rules</c>,
    /// <c>default-rules</c>, <c>model</c>). An empty or missing section gives <see cref="CreepLintEngine.Default"/>.
    /// </summary>
    /// <remarks>The engine is built once, when the host starts (options are validated on start): a bad setting stops
    /// start-up with every problem named. Resolve <see cref="CreepLintEngine"/> or <see cref="ICreepLintGate"/>.</remarks>
    public static IServiceCollection AddCreepLint(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddCreepLint(options =>
        {
            options.ConfigurationFile = configuration[CreepLint.DependencyInjection.SectionConfig.FileKey];
            options.Section = configuration;
        });
    }

    /// <summary>Registers the engine <c>creeplint lint</c> builds from a <c>.creeplint.yaml</c> (or the one found from a directory upwards).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configurationFile">The file or directory; a relative path is resolved against <see cref="AppContext.BaseDirectory"/>.</param>
    public static IServiceCollection AddCreepLint(this IServiceCollection services, string configurationFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configurationFile);
        return services.AddCreepLint(options => options.ConfigurationFile = configurationFile);
    }

    /// <summary>Registers the engine that <paramref name="configure"/> describes.</summary>
    public static IServiceCollection AddCreepLint(this IServiceCollection services, Action<CreepLintOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<CreepLintOptions>().Configure(configure).ValidateOnStart();
        services.TryAddSingleton<CreepLintEngineSource>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CreepLintOptions>, CreepLintOptionsValidator>());
        // Reading the options validates them (building the engine), so resolving the engine reports a bad setting as
        // OptionsValidationException even in a host that does not validate on start.
        services.TryAddSingleton(sp => sp.GetRequiredService<CreepLintEngineSource>().For(sp.GetRequiredService<IOptions<CreepLintOptions>>().Value));
        services.TryAddSingleton<ICreepLintGate, CreepLintGate>();
        return services;
    }
}
