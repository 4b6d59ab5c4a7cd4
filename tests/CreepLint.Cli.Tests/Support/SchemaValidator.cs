using System.Text.Json;
using System.Text.RegularExpressions;

namespace CreepLint.Cli.Tests.Support;

/// <summary>
/// The subset of JSON Schema (draft-04/07) the SARIF 2.1.0 schema uses: type, required, properties, additionalProperties,
/// enum, items, minItems, uniqueItems, minimum, maximum, pattern, $ref to #/definitions, anyOf, oneOf. <c>format</c> is not checked.
/// </summary>
internal sealed class SchemaValidator(JsonElement root)
{
    public static SchemaValidator LoadSarif()
    {
        var path = FindSarifSchema();
        return new SchemaValidator(JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone());
    }

    /// <summary>The shared schema next to the repository (../shared/schemas) when present, else the copy in this project.</summary>
    public static string FindSarifSchema()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "schemas", "sarif-schema-2.1.0.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemas", "sarif-schema-2.1.0.json");
    }

    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(Resolve(reference.GetString()!), value, path, errors);
            return;
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            errors.Add($"{path}: expected {type}, got {value.ValueKind}");
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            errors.Add($"{path}: {value} is not one of {allowed}");
        }

        if (schema.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(s => Passes(s, value, path)))
        {
            errors.Add($"{path}: matches none of anyOf");
        }

        if (schema.TryGetProperty("oneOf", out var oneOf) && oneOf.EnumerateArray().Count(s => Passes(s, value, path)) != 1)
        {
            errors.Add($"{path}: must match exactly one of oneOf");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(schema, value, path, errors);
                break;
            case JsonValueKind.Array:
                CheckArray(schema, value, path, errors);
                break;
            case JsonValueKind.Number:
                if (schema.TryGetProperty("minimum", out var min) && value.GetDouble() < min.GetDouble())
                {
                    errors.Add($"{path}: {value} is below the minimum {min}");
                }

                if (schema.TryGetProperty("maximum", out var max) && value.GetDouble() > max.GetDouble())
                {
                    errors.Add($"{path}: {value} is above the maximum {max}");
                }

                break;
            case JsonValueKind.String:
                if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(value.GetString()!, pattern.GetString()!))
                {
                    errors.Add($"{path}: '{value.GetString()}' does not match {pattern}");
                }

                break;
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray())
            {
                if (!value.TryGetProperty(name.GetString()!, out _))
                {
                    errors.Add($"{path}: missing required property '{name.GetString()}'");
                }
            }
        }

        schema.TryGetProperty("properties", out var properties);
        foreach (var property in value.EnumerateObject())
        {
            var childPath = $"{path}.{property.Name}";
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, childPath, errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{childPath}: property not allowed");
                }
                else if (additional.ValueKind == JsonValueKind.Object)
                {
                    Check(additional, property.Value, childPath, errors);
                }
            }
        }
    }

    private void CheckArray(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        var items = value.EnumerateArray().ToList();
        if (schema.TryGetProperty("minItems", out var minItems) && items.Count < minItems.GetInt32())
        {
            errors.Add($"{path}: fewer than {minItems} items");
        }

        if (schema.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True)
        {
            for (var i = 0; i < items.Count; i++)
            {
                for (var j = i + 1; j < items.Count; j++)
                {
                    if (JsonElement.DeepEquals(items[i], items[j]))
                    {
                        errors.Add($"{path}: items {i} and {j} are equal but must be unique");
                    }
                }
            }
        }

        if (schema.TryGetProperty("items", out var itemSchema) && itemSchema.ValueKind == JsonValueKind.Object)
        {
            for (var i = 0; i < items.Count; i++)
            {
                Check(itemSchema, items[i], $"{path}[{i}]", errors);
            }
        }
    }

    private bool Passes(JsonElement schema, JsonElement value, string path)
    {
        var errors = new List<string>();
        Check(schema, value, path, errors);
        return errors.Count == 0;
    }

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/definitions/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"only local definitions are supported, not {reference}");
        }

        return root.GetProperty("definitions").GetProperty(reference[prefix.Length..]);
    }

    private static bool TypeMatches(JsonElement type, JsonElement value)
    {
        if (type.ValueKind == JsonValueKind.Array)
        {
            return type.EnumerateArray().Any(t => TypeMatches(t, value));
        }

        return type.GetString() switch
        {
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "string" => value.ValueKind == JsonValueKind.String,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "null" => value.ValueKind == JsonValueKind.Null,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "number" => value.ValueKind == JsonValueKind.Number,
            _ => true,
        };
    }
}
