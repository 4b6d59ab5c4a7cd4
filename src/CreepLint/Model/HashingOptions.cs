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
    /// 2^16 slots (256 KB of weights, which stay in a core's cache) and character 7-grams of "^word$" (stems such as
    /// "^pregna", "sicknes"). In 5-fold cross-validation on the 1,267-message training corpus, rules plus model reached the
    /// same recall within noise with 4- and 5-grams, 5- and 6-grams, 6-, 7- or 8-grams (0.629 to 0.643), and 7-grams gave
    /// by far the fewest model-only warnings on person-to-person SMS chat (148 of 4,827, against 342 for 4- and 5-grams),
    /// whose misspelt fragments the shorter n-grams weighed as creepiness.
    /// </summary>
    public static HashingOptions Default { get; } = new(16, 0x43_4C_4D_31, 7, 7);

    public int Size => 1 << Bits;

    public int Mask => (1 << Bits) - 1;

    public string? Validate() =>
        Bits is < MinBits or > MaxBits ? $"hash bits {Bits} outside {MinBits}..{MaxBits}"
        : CharGramMin < 1 || CharGramMax < CharGramMin || CharGramMax > MaxCharGram ? $"character n-gram range {CharGramMin}..{CharGramMax} is not within 1..{MaxCharGram}"
        : null;
}
