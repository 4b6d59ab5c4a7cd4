using System.Collections.Immutable;

namespace CreepLint.Yaml;

/// <summary>Collects every problem found while loading, so a user sees them all at once.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<RuleDiagnostic> _items = [];

    public int Count => _items.Count;

    /// <remarks>Positions are clamped to 1: a parser that cannot place a problem still yields a position editors accept.</remarks>
    public void Add(string file, long line, long column, string code, string message) =>
        _items.Add(new RuleDiagnostic(file, (int)Math.Clamp(line, 1, int.MaxValue), (int)Math.Clamp(column, 1, int.MaxValue), code, message));

    public void Add(string file, YamlNode at, string code, string message) =>
        Add(file, at.Position.Line, at.Position.Column, code, message);

    public ImmutableArray<RuleDiagnostic> ToImmutable() =>
        [.. _items.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)];
}
