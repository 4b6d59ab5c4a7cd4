using CreepLint.Text;
using System.Text;
using CreepLint.Cli.Inputs.Templates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace CreepLint.Analyzers.CSharp;

/// <summary>
/// The text of one message as C# writes it, ready for the engine, with a map back to the source: literal parts map
/// character by character (<see cref="LiteralMap"/>); an interpolation hole or any other value that is not constant
/// becomes a placeholder (<c>{{ predicted_due_date }}</c>, in snake_case as the CLI reads template fields) that maps to
/// the expression.
/// </summary>
internal sealed class MessageText
{
    /// <summary>Operands deeper than this are not followed (a generated concatenation of thousands of parts): a bound, not a limit anyone meets.</summary>
    private const int MaxDepth = 64;

    private readonly StringBuilder _text = new();
    private readonly List<Piece> _pieces = [];

    private MessageText()
    {
    }

    /// <summary>The text the engine lints.</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>Whether any part of the text is written in the source (a message of placeholders only is not linted).</summary>
    public bool HasLiteral { get; private set; }

    /// <summary>The messages a value can be: one per branch of a conditional, a null-coalescing or a switch expression.</summary>
    public static IEnumerable<MessageText> From(IOperation value)
    {
        foreach (var branch in Branches(value, 0))
        {
            var message = new MessageText();
            message.Append(branch, 0);
            message.Text = message._text.ToString();
            if (message.HasLiteral)
            {
                yield return message;
            }
        }
    }

    /// <summary>The source span of <paramref name="offset"/>..<paramref name="offset"/>+<paramref name="length"/> of <see cref="Text"/>: one tree, never empty.</summary>
    public Location Locate(int offset, int length)
    {
        var first = PieceAt(offset);
        var last = PieceAt(offset + Math.Max(length, 1) - 1);
        var start = first.Start(offset);
        var end = last.End(offset + Math.Max(length, 1) - 1);
        if (!ReferenceEquals(first.Tree, last.Tree) || end <= start)
        {
            // The span runs from one literal into another written elsewhere (a constant declared in another place): the
            // location is the first one's part of it.
            end = first.End(first.TextStart + first.Length - 1);
        }

        return Location.Create(first.Tree, TextSpan.FromBounds(start, Math.Max(end, start + 1)));
    }

    private Piece PieceAt(int offset)
    {
        foreach (var piece in _pieces)
        {
            if (offset < piece.TextStart + piece.Length)
            {
                return piece;
            }
        }

        return _pieces[^1];
    }

    private static IEnumerable<IOperation> Branches(IOperation value, int depth)
    {
        value = Unwrap(value);
        IEnumerable<IOperation>? split = depth >= MaxDepth ? null : value switch
        {
            IConditionalOperation { WhenFalse: { } whenFalse } c => [c.WhenTrue, whenFalse],
            ICoalesceOperation c => [c.Value, c.WhenNull],
            ISwitchExpressionOperation s => s.Arms.Select(a => a.Value),
            _ => null,
        };
        if (split is null)
        {
            yield return value;
            yield break;
        }

        foreach (var part in split)
        {
            foreach (var branch in Branches(part, depth + 1))
            {
                yield return branch;
            }
        }
    }

    private static IOperation Unwrap(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
        {
            value = value switch
            {
                IConversionOperation c => c.Operand,
                IParenthesizedOperation p => p.Operand,
                _ => value,
            };
        }

        return value;
    }

    private void Append(IOperation value, int depth)
    {
        value = Unwrap(value);
        switch (value)
        {
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: string text }, Syntax: LiteralExpressionSyntax literal }:
                AppendLiteral(literal.Token, text);
                return;
            case IInterpolatedStringOperation interpolated when depth < MaxDepth:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string partText }, Syntax: InterpolatedStringTextSyntax syntax })
                    {
                        AppendLiteral(syntax.TextToken, partText);
                    }
                    else if (part is IInterpolationOperation hole)
                    {
                        AppendPlaceholder(hole.Expression);
                    }
                }

                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concat when depth < MaxDepth:
                Append(concat.LeftOperand, depth + 1);
                Append(concat.RightOperand, depth + 1);
                return;
            case IFieldReferenceOperation { Field: { IsConst: true } field } when ConstantLiteral(field) is { } declared:
                AppendLiteral(declared.Token, (string)field.ConstantValue!);
                return;
            case ILocalReferenceOperation { Local: { IsConst: true } local } when ConstantLiteral(local) is { } declared:
                AppendLiteral(declared.Token, (string)local.ConstantValue!);
                return;
            case { ConstantValue: { HasValue: true, Value: string constant } }:
                // A constant whose text is not one literal in this compilation (from a referenced assembly, or built from
                // other constants): linted as its value, every character placed on the expression that names it.
                AppendWhole(value.Syntax, constant);
                HasLiteral = true;
                return;
            default:
                AppendPlaceholder(value);
                return;
        }
    }

    /// <summary>The literal a constant is declared with, when it is one literal written in source.</summary>
    private static LiteralExpressionSyntax? ConstantLiteral(ISymbol symbol)
    {
        if (symbol.DeclaringSyntaxReferences is not [var reference])
        {
            return null;
        }

        var declarator = reference.GetSyntax() as VariableDeclaratorSyntax;
        return declarator?.Initializer?.Value as LiteralExpressionSyntax;
    }

    private void AppendLiteral(SyntaxToken token, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        _pieces.Add(new Piece(_text.Length, text.Length, token.SyntaxTree!, LiteralMap.Map(token, text), null));
        _text.Append(text);
        HasLiteral = true;
    }

    private void AppendPlaceholder(IOperation expression)
    {
        var placeholder = "{{ " + FieldName(expression.Syntax) + " }}";
        AppendWhole(expression.Syntax, placeholder);
    }

    private void AppendWhole(SyntaxNode syntax, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        _pieces.Add(new Piece(_text.Length, text.Length, syntax.SyntaxTree, null, syntax.Span));
        _text.Append(text);
    }

    /// <summary>
    /// The template field a hole stands for: its dotted member path in snake_case (<c>customer.PredictedDueDate</c> →
    /// <c>customer.predicted_due_date</c>), so field provenance and the default field rules see it as they see a template's;
    /// <c>value</c> for an expression that names nothing.
    /// </summary>
    internal static string FieldName(SyntaxNode syntax)
    {
        var parts = new List<string>();
        var node = syntax;
        while (true)
        {
            switch (node)
            {
                case MemberAccessExpressionSyntax member:
                    parts.Add(member.Name.Identifier.ValueText);
                    node = member.Expression;
                    continue;
                case ConditionalAccessExpressionSyntax conditional when conditional.WhenNotNull is MemberBindingExpressionSyntax binding:
                    parts.Add(binding.Name.Identifier.ValueText);
                    node = conditional.Expression;
                    continue;
                case InvocationExpressionSyntax invocation:
                    node = invocation.Expression;
                    continue;
                case IdentifierNameSyntax identifier:
                    parts.Add(identifier.Identifier.ValueText);
                    break;
                case ThisExpressionSyntax or BaseExpressionSyntax:
                    break;
                default:
                    if (parts.Count == 0)
                    {
                        return "value";
                    }

                    break;
            }

            break;
        }

        parts.Reverse();
        return FieldNames.Snake(string.Join(".", parts));
    }

    /// <summary>A stretch of <see cref="Text"/> and where it is written: per character for literals, one span for the rest.</summary>
    private sealed record Piece(int TextStart, int Length, SyntaxTree Tree, (int[] Starts, int[] Ends)? Map, TextSpan? Whole)
    {
        /// <summary>The source position of the character at <paramref name="offset"/> of the message (which lies in this piece).</summary>
        public int Start(int offset) => Map is { } map ? map.Starts[Index(offset)] : Whole!.Value.Start;

        /// <summary>The source position just past the character at <paramref name="offset"/> as written (an escape is several).</summary>
        public int End(int offset) => Map is { } map ? map.Ends[Index(offset)] : Whole!.Value.End;

        private int Index(int offset) => Math.Clamp(offset - TextStart, 0, Length - 1);
    }
}
