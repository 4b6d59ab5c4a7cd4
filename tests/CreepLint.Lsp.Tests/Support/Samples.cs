namespace CreepLint.Lsp.Tests.Support;

/// <summary>One creepy file in every input format <c>creeplint lint</c> reads, with emoji and astral letters before some findings.</summary>
internal static class Samples
{
    /// <summary>The sentence every sample carries (CL5001, sender-as-observer).</summary>
    public const string Creepy = "We noticed you like rakes, so here is a sale on brooms.";

    /// <summary>Relative path and content, one per input format.</summary>
    public static readonly (string Path, string Text)[] EveryFormat =
    [
        ("templates/plain.txt", $"Spring is here 🌷🌷!\n🎉 {Creepy}\nCongratulations on the pregnancy, here's 20% off maternity wear.\n"),
        ("templates/notes.md", $"# Spring 𝒮ale\n\nHi 👋🏽 there. {Creepy}\n"),
        ("templates/email.html", $"<html><body>\n  <p>Hi 😀 {{{{ first_name }}}},</p>\n  <p>{Creepy}</p>\n</body></html>\n"),
        ("templates/email.mjml", $"<mjml><mj-body><mj-section><mj-column>\n<mj-text>🎁 {Creepy}</mj-text>\n</mj-column></mj-section></mj-body></mjml>\n"),
        ("templates/push.liquid", $"Hi {{{{ first_name }}}} 🌸, {Creepy}\n{{% if vip %}}You're expecting, congrats!{{% endif %}}\n"),
        ("templates/welcome.hbs", $"<p>Hi {{{{firstName}}}} 🙂</p>\n<p>{Creepy}</p>\n"),
        ("templates/reminder.j2", $"Hi {{{{ first_name }}}},\n{{# note #}}\n𝐖ow: {Creepy}\n"),
        ("templates/reminder.mustache", $"Hi {{{{name}}}} 🐝,\n{Creepy}\n"),
        ("templates/receipt.erb", $"<p>Hi <%= @user.first_name %> 🍂</p>\n<p>{Creepy}</p>\n"),
        ("templates/Offer.cshtml", $"<p>Hi @Model.FirstName 🍁</p>\n<p>{Creepy}</p>\n"),
        ("templates/sms.gotmpl", $"Hi {{{{ .FirstName }}}} 🌻, {Creepy}\n"),
        ("templates/card.pug", $"div\n  p Hi #{{firstName}} 🌼\n  p {Creepy}\n"),
        ("data/rationales.jsonl", $"{{\"id\":\"r1\",\"text\":\"Because you saved this item.\"}}\n{{\"id\":\"r2\",\"text\":\"🚀 {Creepy}\"}}\n"),
        ("catalog/spring.yaml", $"messages:\n  - id: spring\n    subject: Spring 🌱 sale\n    body: {Creepy}\n"),
        ("catalog/autumn.json", $"{{\n  \"messages\": [\n    {{ \"id\": \"autumn\", \"body\": \"🍄 {Creepy}\" }}\n  ]\n}}\n"),
        ("data/offers.csv", $"id,text\no1,Popular with gardeners this week\no2,\"🥕 {Creepy}\"\n"),
        ("app/src/main/res/values/strings.xml", $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n    <string name=\"welcome\">🌟 {Creepy}</string>\n</resources>\n"),
        ("en.lproj/Localizable.strings", $"/* Push */\n\"push.due\" = \"🌙 {Creepy}\";\n"),
        ("en.lproj/Localizable.stringsdict", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>visits</key>\n  <dict>\n" +
            "    <key>NSStringLocalizedFormatKey</key>\n    <string>%#@count@</string>\n    <key>count</key>\n    <dict>\n" +
            "      <key>NSStringFormatSpecTypeKey</key>\n      <string>NSStringPluralRuleType</string>\n" +
            $"      <key>one</key>\n      <string>⭐ {Creepy}</string>\n      <key>other</key>\n      <string>Thanks for %d visits</string>\n" +
            "    </dict>\n  </dict>\n</dict>\n</plist>\n"),
        ("locale/de/LC_MESSAGES/mail.po", $"msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"rakes\"\nmsgstr \"🌈 {Creepy}\"\n"),
        ("Resources/Strings.resx", $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n  <data name=\"Push\" xml:space=\"preserve\">\n    <value>🎈 {Creepy}</value>\n  </data>\n</root>\n"),
        ("public/locales/en/translation.json", $"{{\n  \"cart\": {{\n    \"title\": \"🍒 {Creepy}\"\n  }}\n}}\n"),
        ("lib/l10n/app_en.arb", $"{{\n  \"@@locale\": \"en\",\n  \"pushDue\": \"🍋 {Creepy}\"\n}}\n"),
    ];
}
