namespace CreepLint.Model;

/// <summary>How features are hashed into weight slots; stored in the model file so scoring hashes exactly as training did.</summary>
/// <param name="Bits">The weight table has 2^Bits slots.</param>
/// <param name="Seed">Mixed into every hash, so two models can use different collision patterns.</param>
/// <param name="CharGramMin">Shortest character n-gram taken from a word (with ^ and $ marking its ends).</param>
/// <param name="CharGramMax">Longest character n-gram.</param>
internal readonly record struct HashingOptions(int Bits, uint Seed, int CharGramMin, int CharGramMax)
{
    /// <summary>Fewest and most slots accepted in a model file: below 2^10 collisions swamp the signal, above 2^24 the table costs 64 MB.</summary>
    public const int MinBits = 10, MaxBits = 24;

    /// <summary>Longest character n-gram accepted in a model file; longer n-grams are whole words in practice.</summary>
    public const int MaxCharGram = 8;

    /// <summary>
    /// 2^16 slots (256 KB of weights, which stay in a core's cache) and character 4- and 5-grams: on cross-validation of
    /// the training corpus these did as well as 2^18 slots and 3- and 4-grams, at half the features per message.
    /// </summary>
    public static HashingOptions Default { get; } = new(16, 0x43_4C_4D_31, 4, 5);

    public int Size => 1 << Bits;

    public int Mask => (1 << Bits) - 1;

    public string? Validate() =>
        Bits is < MinBits or > MaxBits ? $"hash bits {Bits} outside {MinBits}..{MaxBits}"
        : CharGramMin < 1 || CharGramMax < CharGramMin || CharGramMax > MaxCharGram ? $"character n-gram range {CharGramMin}..{CharGramMax} is not within 1..{MaxCharGram}"
        : null;
}
