namespace CareerNavigator.Tools.Seeding;

/// <summary>Names and mail domains for seeded users; the number in each email keeps it unique.</summary>
internal static class SeedPeople
{
    public static readonly string[] FirstNames =
    [
        "ana", "joao", "maria", "pedro", "sofia", "lucas", "emma", "noah", "olivia", "liam", "mia", "elias", "lena", "jan", "zofia",
        "kacper", "chinedu", "amara", "tunde", "ngozi", "angelica", "jose", "carmen", "pablo", "lucia", "hugo", "ines", "rui",
        "aoife", "sean", "priya", "arjun", "mei", "wei", "yuki", "hana", "omar", "layla", "youssef", "fatima", "ivan", "olga",
        "marek", "eva", "tomas", "nora", "erik", "ingrid", "paulo", "beatriz",
    ];

    public static readonly string[] LastNames =
    [
        "silva", "santos", "ferreira", "pereira", "costa", "muller", "schmidt", "schneider", "fischer", "weber", "kowalski",
        "nowak", "wisniewski", "okafor", "adeyemi", "eze", "bello", "garcia", "martinez", "lopez", "sanchez", "romero",
        "murphy", "kelly", "walsh", "obrien", "reyes", "cruz", "bautista", "santiago", "tanaka", "suzuki", "kim", "park",
        "chen", "wang", "singh", "patel", "haddad", "nasser", "ivanova", "petrov", "novak", "horvat", "jensen", "larsen",
        "dubois", "martin", "rossi", "bianchi",
    ];

    public static readonly string[] Domains = ["example.com", "example.org", "example.net", "mail.example"];
}
