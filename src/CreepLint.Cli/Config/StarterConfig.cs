namespace CreepLint.Cli.Config;

/// <summary>The commented starter file <c>creeplint init</c> writes; every key is documented in docs/cli.md.</summary>
internal static class StarterConfig
{
    public const string Text = """
        # CreepLint configuration: https://github.com/creeplint/creeplint/blob/main/docs/cli.md
        # Found by walking up from the linted paths; every path below is relative to this file.

        # Files a directory walk lints (globs); .gitignore is always honoured, dot-folders are skipped.
        include:
          - "**/*"
        exclude:
          - "**/node_modules/**"
          - "**/drafts/**"

        # Repository docs (README, CONTRIBUTING, CHANGELOG, LICENSE, docs/ ...) are left out of walks; false reads them.
        default-excludes: true

        # How files are read, by extension or glob; the summary counts every file a walk skips, with the reason.
        # formats:
        #   .haml: text
        #   "legacy/**/*.tpl": erb

        # Extra rule directories (YAML rules, see docs/rule-format.md). The embedded pack stays on unless default-rules is false.
        # rules:
        #   - creeplint-rules
        default-rules: true

        # Switch rules off, or change their severity, by id (CL5001), name (sender-as-observer) or category (surveillance-language).
        disable: []
        severity: {}
        #   CL5001: error
        #   behavioral-detail: warning

        # Message scores at or above these values warn or fail (0-100).
        thresholds:
          warn: 35
          fail: 70

        # Stricter thresholds for what others can see: subject lines, previews, SMS and push on lock screens.
        channels:
          subject: { warn: 25, fail: 60 }
          sms: { warn: 25, fail: 60 }
          push: { warn: 25, fail: 60 }

        # Where template fields come from: declared | transactional | observed | inferred | third-party.
        # Inferred and third-party fields are errors, observed ones warnings; classified fields skip the name heuristics.
        fields:
          first_name: declared
          "order.*": transactional
        #  "predicted_*": inferred

        # What makes 'creeplint lint' exit 1: any message at 'fail' (default) or already at 'warn'; optionally a score cap.
        fail-on: fail
        # max-score: 80

        # Findings accepted when CreepLint was adopted ('creeplint baseline' writes it).
        # baseline: .creeplint-baseline.json

        # CSV files of offer rationales.
        csv:
          text-column: rationale
          id-column: id

        # Settings for some paths only (later entries win).
        overrides:
          - files: ["sms/**"]
            channel: sms

        """;
}
