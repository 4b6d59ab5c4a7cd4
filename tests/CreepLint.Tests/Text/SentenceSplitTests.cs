using CreepLint.Text;

namespace CreepLint.Tests.Text;

/// <summary>
/// A dot ends a sentence unless it closes a title before a name ("Mr.", "Dr.", a saint's "St."), or "No."/"Nr." before a number: rules that
/// read a sentence ("your neighbour at No. 14 just switched…") must see it whole. A salutation on its own line ("Dear
/// Anna,") is a sentence of its own, so the name is not read as said in the body's first sentence.
/// </summary>
public sealed class SentenceSplitTests
{
    [TestCase("Your neighbour at No. 14 just switched to solar.", 1)]
    [TestCase("Dear Mr. Okafor, your order has shipped.", 1)]
    [TestCase("Dr. Lee and Mrs. Shah will see you now.", 1)]
    [TestCase("Sehr geehrter Herr Dr. Weber, Ihre Bestellung ist unterwegs.", 1)]
    [TestCase("Wohnung Nr. 4 ist frei.", 1)]
    [TestCase("Is the answer yes or no. We asked.", 2)]
    [TestCase("Say no. Then say yes.", 2)]
    [TestCase("Your order has shipped. Track it in the app.", 2)]
    // The limits of reading by the word alone: "no." before a number and a title before any word are abbreviations.
    [TestCase("The answer is no. 14 people said yes.", 1)]
    [TestCase("Ask your dr. Then book online.", 1)]
    // A saint's "St." before a name does not end a sentence; a street's, after the street's capitalised name, does.
    [TestCase("Spotted at St. Anne's every Sunday? Our journal is for you.", 2)]
    [TestCase("St. Mary's Hospital has free parking.", 1)]
    [TestCase("Visit us at 12 Main St. Open daily from nine.", 2)]
    [TestCase("Meet us on High St. We open at nine.", 2)]
    // A salutation line ending in a comma is a sentence of its own; a long line that breaks after a comma is not.
    [TestCase("Dear {{ first_name }},\nAt our bank we know that bereavement brings paperwork.", 2)]
    [TestCase("Hi Anna,\r\nyour order has shipped.", 2)]
    [TestCase("Dear Anna, your order has shipped.", 1)]
    // A salutation to a crowd stays with the body it frames as said to everyone.
    [TestCase("Dear customers,\nwe noticed eggs are scarce this week.", 1)]
    [TestCase("Hi everyone,\nthe summer sale starts today.", 1)]
    [TestCase("We have packed your order with care, checked it twice,\nand sent it today.", 1)]
    // A "?" or "!" that closes a quotation the sentence goes on after, in lower case, does not end it; before a capital it does.
    [TestCase("To whoever read our article 'Is it normal to cry at work?' nineteen times this week: yes, it is.", 1)]
    [TestCase("The \u201cStill up?\u201d push you got last night was ours.", 1)]
    [TestCase("We asked 'Still up?' Then we sent a deal.", 2)]
    [TestCase("Still up? we have a deal for you.", 2)]
    public void Counts_sentences(string text, int expected)
    {
        var buffer = new TextBuffer();
        TextExtractor.Extract(text, text.Length, false, buffer);
        var sentences = Tokenizer.Tokenize(buffer, text, [], []);
        Assert.That(sentences, Is.EqualTo(expected));
    }
}
