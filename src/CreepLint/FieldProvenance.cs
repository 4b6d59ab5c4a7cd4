namespace CreepLint;

/// <summary>Where the data behind a template field comes from (see the taxonomy's provenance table).</summary>
public enum FieldProvenance
{
    /// <summary>The reader typed or chose it (name, size, saved items, preferences): never flagged.</summary>
    Declared,

    /// <summary>The reader's own orders, bookings and account events: never flagged.</summary>
    Transactional,

    /// <summary>Behaviour logged by the sender (views, clicks, dwell time, location): a warning.</summary>
    Observed,

    /// <summary>A model's output or a derived segment: an error.</summary>
    Inferred,

    /// <summary>Bought, matched or borrowed from elsewhere: an error.</summary>
    ThirdParty,
}
