namespace CreepLint.Text;

/// <summary>
/// How SMS and push copy spells common words ("u", "r", "2nite", "didnt", "youre"): the English pack reads each as the word
/// it stands for, in the text and in terms alike, so a construction written once ("you <c>&lt;past&gt;</c>", "didn't click")
/// matches "u opened our last 5 emails but didnt click". Only whole words are read this way; spellings that stand for two
/// words ("ur": your or you're) or that are common words themselves are left as written, and so is "u'll": the pack reads
/// it as the reader but not "you'll", which opens ordinary copy ("You'll find our range in store"). Inside a phrase that
/// says "your" or "you're", the compiler lets "ur" stand for either (<c>RuleSetCompiler.AddSmsReader</c>).
/// </summary>
internal static class SmsSpellings
{
    /// <summary>Each spelling and the word it stands for.</summary>
    public static readonly (string Spelling, string Word)[] English =
    [
        ("u", "you"), ("r", "are"), ("rite", "right"), ("nite", "night"), ("2nite", "tonight"), ("2night", "tonight"),
        ("2day", "today"), ("tmrw", "tomorrow"), ("2moro", "tomorrow"), ("2morrow", "tomorrow"), ("b4", "before"), ("pls", "please"),
        ("plz", "please"), ("thru", "through"), ("ppl", "people"), ("wkday", "weekday"), ("wkdays", "weekdays"), ("wkend", "weekend"),
        ("wknd", "weekend"), ("didnt", "didn't"), ("dont", "don't"), ("doesnt", "doesn't"), ("isnt", "isn't"), ("arent", "aren't"),
        ("havent", "haven't"), ("hasnt", "hasn't"), ("wasnt", "wasn't"), ("werent", "weren't"), ("youre", "you're"),
        ("youve", "you've"), ("youll", "you'll"), ("youd", "you'd"), ("ure", "you're"), ("uve", "you've"), ("u're", "you're"),
        ("u've", "you've"), ("u'd", "you'd"), ("im", "i'm"), ("ive", "i've"), ("weve", "we've"), ("thats", "that's"), ("whats", "what's"), ("lookin", "looking"), ("shoppin", "shopping"),
        ("watchin", "watching"), ("bein", "being"), ("teh", "the"), ("appt", "appointment"), ("appts", "appointments"), ("acct", "account"), ("cant", "can't"), ("wont", "won't"),
        // Round fifty-two: "back frm the gym already?", "half price til midnite", "feelin alone this xmas?"; round fifty-four: "Gr8 to have u".
        ("frm", "from"), ("midnite", "midnight"), ("feelin", "feeling"), ("gr8", "great"),
        // Round sixty-four: "u hvnt topped up in 3 wks", "so sorry abt Dave".
        ("hvnt", "haven't"), ("havnt", "haven't"), ("abt", "about"),
        // Round sixty-seven: "we kno ur thinking abt it".
        ("kno", "know"),
    ];
}
