using System.Runtime.InteropServices;
using CreepLint.Language;
using CreepLint.Matching;
using CreepLint.Model;
using CreepLint.Scoring;

namespace CreepLint;

/// <summary>
/// Lints one message, in one direction: matching (extract, tokenise, scan, evaluate) fills the per-thread scratch, the
/// learned scorer reads it, and scoring (merge, cap, excerpt, blend, score) makes the result.
/// </summary>
internal static class MessagePipeline
{
    public static LintResult Lint(LanguagePacks packs, Thresholds thresholds, in LintRequest request, LanguageModels models, bool explainModel = false)
    {
        var text = request.Text;
        ArgumentNullException.ThrowIfNull(text);
        var scratch = LintScratch.Current;
        try
        {
            scratch.Begin(packs.MaxSets, packs.MaxRules);
            MessageMatcher.Prepare(scratch, text, request.Format);
            var language = LanguageOf(request.Language, scratch, text);
            if (packs.For(language) is not { } set)
            {
                return new LintResult(0, Verdict.Pass, []) { Language = language, UnsupportedLanguage = true, LimitsHit = scratch.LimitsHit };
            }

            scratch.Reserve(set.SetCount, set.Rules.Length);
            MessageMatcher.Scan(set, scratch, text, request.Kind);
            var findings = ResultBuilder.Findings(set, scratch, text);

            // Each language's model was trained with that language's pack: a language without one is scored by its rules alone.
            if (models.For(set.Language) is not { } scorer)
            {
                return ResultBuilder.Build(thresholds, scratch, text, findings, null, null, language);
            }

            // With no rule finding that counts the model stands alone, and must reach the higher bar; on text with no sentence
            // shaped like a claim about the reader that bar is infinite, and a suppression only removes findings, so the model
            // cannot have a say in this result: it is not asked (most clean messages), unless the caller blends its opinion.
            var input = new ScoringInput(scratch, set, text, request.Kind);
            var alone = !MessageScore.HasRuleEvidence(findings.AsSpan());
            var claims = SentenceRoles.AppliesTo(set);
            if (alone && claims && !request.AskModel && !SentenceRoles.IsGrounded(input))
            {
                return ResultBuilder.Build(thresholds, scratch, text, findings, null, null, language);
            }

            var model = new ModelOpinion(scorer.Predict(input), scorer.Threshold);
            if (ModelBlend.Speaks(model, alone: true) && claims)
            {
                // Sure enough to stand alone: whether the text is shaped like a claim about the reader decides if it may
                // (also after a suppression leaves it alone, so it is settled here for every message).
                // A long message is judged by the window the probability comes from (the linear model's; another scorer's whole text).
                var (first, end) = scorer is LinearCreepModel linear && input.TokenCount > WindowSink.WindowTokens ? linear.BestWindow(input) : (0, int.MaxValue);
                model = model with { Grounding = SentenceRoles.GroundingOf(input, first, end) };
            }

            var explanation = ModelBlend.Speaks(model, alone) && (explainModel || alone) ? scorer.Explain(input) : null;
            return ResultBuilder.Build(thresholds, scratch, text, findings, model, explanation, language);
        }
        finally
        {
            scratch.End();
        }
    }

    /// <summary>The language <paramref name="text"/> would be linted as: identified from its extracted text.</summary>
    public static string Identify(string text, TextFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = LintScratch.Current;
        try
        {
            scratch.Begin(0, 0);
            MessageMatcher.Prepare(scratch, text, format);
            return LanguageOf(null, scratch, text);
        }
        finally
        {
            scratch.End();
        }
    }

    /// <summary>The requested language as a pack key, or (none, or <c>auto</c>) the one identified from the prepared text.</summary>
    private static string LanguageOf(string? requested, LintScratch scratch, string text) =>
        LanguageTag.Normalise(requested) ?? LanguageIdentifier.Identify(scratch.Buffer.Chars.AsSpan(0, scratch.Buffer.Length), CollectionsMarshal.AsSpan(scratch.Tokens), text);

    /// <summary>
    /// Lints with the rules alone and shows <paramref name="inspect"/> the message as a scorer would see it, before the
    /// scratch is reused: training reads the rules' verdict and the model's features of one message from one lint.
    /// </summary>
    public static LintResult Inspect(CompiledRuleSet set, Thresholds thresholds, string text, MessageKind kind, TextFormat format, ScoringInputVisitor inspect)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = LintScratch.Current;
        try
        {
            scratch.Begin(set.SetCount, set.Rules.Length);
            MessageMatcher.Match(set, scratch, text, kind, format);
            inspect(new ScoringInput(scratch, set, text, kind));
            return ResultBuilder.Build(thresholds, scratch, text, ResultBuilder.Findings(set, scratch, text), null, null, string.Empty);
        }
        finally
        {
            scratch.End();
        }
    }
}

/// <summary>Reads a message as a scorer sees it; the input is valid only during the call.</summary>
internal delegate void ScoringInputVisitor(ScoringInput input);
