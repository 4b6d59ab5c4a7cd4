using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace CreepLint.Tests;

/// <summary>Writes the public surface of an assembly (types, members, signatures) as sorted text for an approved file.</summary>
internal static class PublicApiWriter
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Write(Assembly assembly)
    {
        var nullability = new NullabilityInfoContext();
        var sb = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().Where(t => !IsGenerated(t)).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            sb.Append(TypeHeader(type)).Append('\n');
            var members = type.IsEnum ? EnumValues(type) : Members(type, nullability).Order(StringComparer.Ordinal);
            foreach (var member in members)
            {
                sb.Append("    ").Append(member).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static bool IsGenerated(MemberInfo member) =>
        member.Name.Contains('<', StringComparison.Ordinal) || member.Name.Contains('$', StringComparison.Ordinal)
        || member.IsDefined(typeof(CompilerGeneratedAttribute), false);

    private static string TypeHeader(Type type)
    {
        var kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : "class";
        var modifiers = type switch
        {
            { IsEnum: true } or { IsInterface: true } => string.Empty,
            { IsValueType: true } => type.IsDefined(typeof(IsReadOnlyAttribute), false) ? "readonly " : string.Empty,
            { IsAbstract: true, IsSealed: true } => "static ",
            { IsAbstract: true } => "abstract ",
            { IsSealed: true } => "sealed ",
            _ => string.Empty,
        };
        var bases = new List<string>();
        if (type.IsEnum)
        {
            bases.Add(Name(Enum.GetUnderlyingType(type)));
        }
        else if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
        {
            bases.Add(Name(baseType));
        }

        if (!type.IsEnum)
        {
            bases.AddRange(type.GetInterfaces().Select(Name).Order(StringComparer.Ordinal));
        }

        var flags = type.IsDefined(typeof(FlagsAttribute), false) ? "[Flags] " : string.Empty;
        return $"{flags}public {modifiers}{kind} {Name(type)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty)}";
    }

    private static IEnumerable<string> EnumValues(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f.Name, Value: Convert.ToInt64(f.GetRawConstantValue(), CultureInfo.InvariantCulture)))
            .OrderBy(f => f.Value).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => $"{f.Name} = {f.Value}");

    private static IEnumerable<string> Members(Type type, NullabilityInfoContext nullability)
    {
        var accessors = new HashSet<MethodInfo>();
        foreach (var property in type.GetProperties(Declared).Where(p => !IsGenerated(p)))
        {
            var getter = property.GetMethod is { IsPublic: true } g ? g : null;
            var setter = property.SetMethod is { IsPublic: true } s ? s : null;
            accessors.UnionWith(property.GetAccessors(true));
            if (getter is null && setter is null)
            {
                continue;
            }

            var isStatic = (getter ?? setter)!.IsStatic ? "static " : string.Empty;
            var init = setter?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) == true ? "init" : "set";
            var indexParams = property.GetIndexParameters();
            var name = indexParams.Length == 0 ? property.Name : $"this[{Parameters(indexParams, nullability)}]";
            yield return $"{isStatic}{Name(property.PropertyType)}{Nullable(property.PropertyType, nullability.Create(property).ReadState)} {name} {{ {(getter is null ? string.Empty : "get; ")}{(setter is null ? string.Empty : init + "; ")}}}";
        }

        foreach (var ev in type.GetEvents(Declared))
        {
            accessors.UnionWith([ev.AddMethod!, ev.RemoveMethod!]);
            yield return $"event {Name(ev.EventHandlerType!)} {ev.Name}";
        }

        foreach (var field in type.GetFields(Declared).Where(f => !IsGenerated(f)))
        {
            var prefix = field.IsLiteral ? "const " : field.IsStatic ? (field.IsInitOnly ? "static readonly " : "static ") : field.IsInitOnly ? "readonly " : string.Empty;
            var value = field.IsLiteral ? $" = {Literal(field.GetRawConstantValue())}" : string.Empty;
            yield return $"{prefix}{Name(field.FieldType)} {field.Name}{value}";
        }

        foreach (var ctor in type.GetConstructors(Declared))
        {
            yield return $"ctor({Parameters(ctor.GetParameters(), nullability)})";
        }

        foreach (var method in type.GetMethods(Declared).Where(m => !accessors.Contains(m) && !IsGenerated(m)))
        {
            var modifiers = (method.IsStatic ? "static " : string.Empty)
                + (method.IsAbstract ? "abstract " : method.GetBaseDefinition() != method ? "override " : method.IsVirtual && !method.IsFinal ? "virtual " : string.Empty);
            var generic = method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : string.Empty;
            var returns = Name(method.ReturnType) + Nullable(method.ReturnType, nullability.Create(method.ReturnParameter).ReadState);
            yield return $"{modifiers}{returns} {method.Name}{generic}({Parameters(method.GetParameters(), nullability)})";
        }
    }

    private static string Parameters(ParameterInfo[] parameters, NullabilityInfoContext nullability) =>
        string.Join(", ", parameters.Select(p =>
        {
            var type = p.ParameterType;
            var prefix = type.IsByRef ? (p.IsOut ? "out " : p.IsIn ? "in " : "ref ") : string.Empty;
            if (p.Position == 0 && p.Member.IsDefined(typeof(ExtensionAttribute), false))
            {
                prefix = "this " + prefix;
            }

            var element = type.IsByRef ? type.GetElementType()! : type;
            var text = $"{prefix}{Name(element)}{Nullable(element, nullability.Create(p).ReadState)} {p.Name}";
            return !p.HasDefaultValue ? text : p.DefaultValue is null && element.IsValueType ? $"{text} = default" : $"{text} = {Literal(p.DefaultValue)}";
        }));

    // Nullable<T> already prints as T?; only reference types take the annotation.
    private static string Nullable(Type type, NullabilityState state) => !type.IsValueType && state == NullabilityState.Nullable ? "?" : string.Empty;

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (System.Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : $"{type.Namespace}.{type.Name}";
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        var args = type.IsNested ? type.GetGenericArguments().Skip(type.DeclaringType!.GetGenericArguments().Length) : type.GetGenericArguments();
        var list = args.ToList();
        return list.Count == 0 ? name : $"{name}<{string.Join(", ", list.Select(Name))}>";
    }
}
