namespace CreepLint;

/// <summary>The nine stable categories of creepiness; every finding carries exactly one.</summary>
/// <remarks>The kebab-case names returned by <see cref="CreepCategories.ToId"/> are the stable identifiers used in rule files and reports.</remarks>
public enum CreepCategory
{
    /// <summary>Asserting or implying a personal attribute of the reader (<c>inferred-trait</c>).</summary>
    InferredTrait,

    /// <summary>Revealing a model's guess, score or segment about the reader (<c>sensitive-prediction</c>).</summary>
    SensitivePrediction,

    /// <summary>Over-specific references to what the reader did (<c>behavioral-detail</c>).</summary>
    BehavioralDetail,

    /// <summary>Revealing where the reader physically was (<c>location-tracking</c>).</summary>
    LocationTracking,

    /// <summary>The sender presented as watching (<c>surveillance-language</c>).</summary>
    SurveillanceLanguage,

    /// <summary>Data the reader did not give the sender (<c>undisclosed-source</c>).</summary>
    UndisclosedSource,

    /// <summary>Individual prices justified by the reader's willingness to pay (<c>price-targeting</c>).</summary>
    PriceTargeting,

    /// <summary>Pressure aimed at a hardship (<c>vulnerability</c>).</summary>
    Vulnerability,

    /// <summary>A template placeholder that carries inferred or sensitive data (<c>sensitive-field</c>).</summary>
    SensitiveField,
}
