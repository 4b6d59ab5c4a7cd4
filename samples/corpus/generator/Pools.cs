namespace CreepLint.Samples.Corpus;

/// <summary>Word pools shared by every frame: names, places, brands, devices, sites. All invented or generic.</summary>
internal static class Pools
{
    public static readonly string[] FirstNames =
    [
        "Sam", "Priya", "Jordan", "Aisha", "Tom", "Mei", "Carlos", "Niamh", "Olu", "Hannah", "Ravi", "Grace", "Dev", "Chloe",
        "Marcus", "Zara", "Ethan", "Fatima", "Liam", "Sofia", "Kwame", "Ellie", "Jamal", "Rosa", "Owen", "Yusuf", "Lena",
        "Callum", "Amara", "Ben", "Ines", "Kofi", "Maya", "Rory", "Leila", "Josh", "Anya", "Tariq", "Megan", "Diego", "Isla",
        "Kai", "Nadia", "Harvey", "Bea", "Luca", "Siobhan", "Arjun", "Freya", "Malik", "Jess", "Hugo", "Noor", "Alfie",
        "Keisha", "Finn", "Mariam", "Theo", "Asha", "Connor", "Lucy", "Ade", "Poppy", "Ibrahim", "Molly", "Raj", "Tilly",
        "Omar", "Erin", "Jonah", "Saanvi", "Declan", "Ruth", "Mo", "Elif", "Gareth", "Wen", "Stella", "Dmitri", "Imani",
        "Kieran", "Lola", "Andre", "Bronwen", "Hassan", "Cerys", "Jude", "Tamsin", "Reuben", "Ayo", "Iris", "Pete", "Hana",
        "Craig", "Ottilie", "Dan", "Yara", "Lewis", "Marta", "Eamon", "Beth", "Sunil", "Kezia", "Mark", "Ngozi", "Will",
        "Agnes", "Rhys", "Esme", "Jay", "Dolores", "Frank", "Linda", "Gary", "Carol", "Derek", "Sue", "Brian", "Pat",
        "Tyrone", "Maeve", "Chen", "Ana", "Ollie", "Rania", "Scott", "Vivian", "Ahmed", "Paula", "Kyle", "Aoife", "Emeka",
    ];

    public static readonly string[] Surnames =
    [
        "Okafor", "Reid", "Patel", "Nowak", "Hughes", "Mensah", "Kowalski", "Doyle", "Ahmed", "Fraser", "Lindqvist", "Costa",
        "Nguyen", "Brennan", "Adeyemi", "Shah", "Harper", "Moreau", "Quinn", "Oyelaran", "Walsh", "Castillo", "Byrne",
        "Hassan", "Ellison", "Tanaka", "Pryce", "Mahmoud", "Whitfield", "Obi", "Delaney", "Rossi", "Kaur", "Lam", "Fletcher",
    ];

    public static readonly string[] BrandStems =
    [
        "Maple", "Harbour", "Juniper", "Northwind", "Copper", "Fernleaf", "Lark", "Bramble", "Saltmarsh", "Kestrel", "Linden",
        "Otter", "Pebble", "Quill", "Rowan", "Sable", "Tansy", "Vale", "Willow", "Yarrow", "Zephyr", "Alder", "Beacon",
        "Cobalt", "Driftwood", "Elmstead", "Foxglove", "Gullwing", "Hollybush", "Ironbridge", "Jasper", "Kingfisher",
        "Lantern", "Meadowlark", "Nettle", "Oakmoss", "Pinecrest", "Quayside", "Riverbend", "Silverbirch", "Thistle",
        "Umberly", "Verity", "Wrenfield", "Ashgrove", "Bluebell", "Cloudberry", "Dovecote", "Emberly", "Fieldfare",
        "Greenway", "Heron", "Indigo", "Larkspur", "Marlowe", "Nightjar", "Orchard", "Puffin", "Redwing", "Starling",
    ];

    public static readonly string[] TownA =
        ["Ash", "Bram", "Cor", "Dun", "Elm", "Fair", "Glen", "Hart", "Ivy", "Kings", "Lang", "Marl", "Nor", "Oak", "Pen",
         "Red", "Stan", "Thorn", "Up", "Wick", "West", "Whit", "Brook", "Calder", "Hazel", "Ravens", "Sutton", "Wood"];

    public static readonly string[] TownB =
        ["ford", "ley", "ton", "bury", "field", "wick", "stow", "mere", "combe", "ham", "by", "dale", "gate", "well",
         "bridge", "holme", "worth", "hurst"];

    public static readonly string[] Neighbourhoods =
    [
        "the Theater District", "Riverside", "Midtown", "the Old Town", "the harbourfront", "Canal Quarter", "Northside",
        "the Arts District", "Market Square", "the Docklands", "Little Portugal", "Chinatown", "the university quarter",
        "Eastgate", "the West End", "Hill Park", "the Cathedral Quarter", "Southbank",
    ];

    public static readonly string[] StreetA =
        ["Mill", "King", "Church", "Station", "Bold", "High", "Market", "Victoria", "Elm", "Park", "Castle", "Bridge",
         "Chapel", "Queen", "Albion", "Harley", "Denmark", "Granby", "Spring", "Union", "Orchard", "Wharf", "Cedar"];

    public static readonly string[] StreetB = ["Street", "Road", "Lane", "Avenue", "Row", "Way", "Place", "Parade"];

    public static readonly string[] Cities =
    [
        "Lisbon", "Porto", "Rome", "Madrid", "Berlin", "Dublin", "Prague", "Vienna", "Copenhagen", "Athens", "Seville",
        "Krakow", "Budapest", "Naples", "Valencia", "Amsterdam", "Edinburgh", "Marseille", "Bologna", "Split", "Reykjavik",
        "Toronto", "Chicago", "Montreal", "Boston", "Lyon", "Ghent", "Tallinn", "Ljubljana", "Palermo",
    ];

    public static readonly string[] Devices =
    [
        "your phone", "your work laptop", "your tablet", "the smart TV in your living room", "your kitchen speaker",
        "your Lumo tablet", "your partner's laptop", "your old Android phone", "your e-reader", "the family computer",
        "your smartwatch", "your office PC", "your games console",
    ];

    public static readonly string[] OtherSites =
    [
        "Shopwell", "PriceHound", "Cartly", "TripNest", "Bidwise", "Homely", "StyleLoop", "Gadgetry", "DealDrop", "Bookwise",
        "RentRight", "FareFinder", "QuoteCompare", "MarketMoor", "ListLane",
    ];

    public static readonly string[] Socials = ["Snapgram", "Chirper", "LinkUp", "FriendNet", "Pinwall", "Hangout", "Vidly"];

    public static readonly string[] Companies =
    [
        "Acme Logistics", "Brightwater Ltd", "Corvid Systems", "Delta Foods", "Evergreen Council", "Fulcrum Bank",
        "Gannet Health", "Holloway & Sons", "Ionic Labs", "Juno Retail",
    ];

    public static readonly string[] Models =
    [
        "Oslo", "Aria", "Vela", "Juniper", "Kestrel", "Nova", "Harbour", "Solent", "Atlas", "Luna", "Orla", "Brio", "Ember",
        "Tamar", "Cleo", "Ridge", "Sora", "Mira", "Eden", "Fjord",
    ];

    public static readonly string[] Shows =
    [
        "'Harbour Lights'", "'The Long Field'", "'Midnight Bakers'", "'Cold Case Coast'", "'Second Chances'", "'Tidewater'",
        "'The Quiet Year'", "'Northern Line'", "'Small Hours'", "'Glasshouse'", "'Salt & Stone'", "'Afterparty'",
    ];

    public static readonly string[] Tracks =
    [
        "'Slow Rain'", "'Heartbreak Radio'", "'Blue Hour'", "'Paper Boats'", "'Lonely Motorway'", "'Bloom'", "'Static'",
        "'Half Light'", "'Ghost Town Summer'", "'Never Call'", "'Sunday Kitchen'", "'Wildfire'",
    ];

    public static readonly string[] Relatives =
    [
        "your sister", "your brother", "your mum", "your dad", "your partner", "your husband", "your wife", "your cousin",
        "your flatmate", "your son", "your daughter", "your aunt",
    ];

    public static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static readonly string[] GenericEmoji = ["✨", "🎉", "💛", "🔥", "🛍️", "😍", "🙌", "💫", "⭐", "👉", "🥳", "💥", "😊", "🌟"];

    public static readonly string[] Codes = ["SAVE", "HELLO", "TREAT", "SPRING", "WELCOME", "EXTRA", "FRESH", "SUMMER", "YAY", "BONUS"];
}
