using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace CreepLint.Cli.Commands;

/// <summary>
/// Typed option values parsed and range-checked at parse time, so a wrong value is one line and exit 2
/// (<c>creeplint: --threads expects a whole number from 1 to 1024, not 'abc'</c>) before any work starts, never an exception.
/// </summary>
internal static class OptionValues
{
    /// <summary>Most threads <c>--threads</c> accepts: far above any core count, low enough that a typo cannot exhaust the process.</summary>
    public const int MaxThreads = 1024;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Option<int> WholeNumber(this Option<int> option, int min, int max)
    {
        option.CustomParser = result => ParseInt(result, option.Name, min, max) ?? 0;
        return option;
    }

    /// <inheritdoc cref="WholeNumber(Option{int}, int, int)"/>
    public static Option<int?> WholeNumber(this Option<int?> option, int min, int max)
    {
        option.CustomParser = result => ParseInt(result, option.Name, min, max);
        return option;
    }

    /// <summary>A finite decimal number from <paramref name="min"/> to <paramref name="max"/>; an exclusive bound leaves the bound itself out.</summary>
    public static Option<double> Number(this Option<double> option, double min, double max, bool minExclusive = false)
    {
        option.CustomParser = result => ParseDouble(result, option.Name, min, max, minExclusive) ?? 0;
        return option;
    }

    /// <inheritdoc cref="Number(Option{double}, double, double, bool)"/>
    public static Option<double?> Number(this Option<double?> option, double min, double max, bool minExclusive = false)
    {
        option.CustomParser = result => ParseDouble(result, option.Name, min, max, minExclusive);
        return option;
    }

    /// <summary>One of <paramref name="values"/> (offered by completion and help).</summary>
    public static Option<T> OneOf<T>(this Option<T> option, params string[] values)
    {
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (Array.IndexOf(values, token.Value) < 0)
                {
                    result.AddError($"{option.Name} expects one of {string.Join(", ", values)}, not '{token.Value}'");
                }
            }
        });
        return option;
    }

    private static int? ParseInt(ArgumentResult result, string name, int min, int max)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError(min == int.MinValue && max == int.MaxValue
            ? $"{name} expects a whole number, not '{text}'"
            : $"{name} expects a whole number from {min} to {max}, not '{text}'");
        return null;
    }

    private static double? ParseDouble(ArgumentResult result, string name, double min, double max, bool minExclusive)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            && (minExclusive ? value > min : value >= min) && value <= max)
        {
            return value;
        }

        var low = min.ToString(CultureInfo.InvariantCulture);
        var high = max.ToString(CultureInfo.InvariantCulture);
        result.AddError(minExclusive
            ? $"{name} expects a number above {low} and at most {high}, not '{text}'"
            : $"{name} expects a number from {low} to {high}, not '{text}'");
        return null;
    }
}
