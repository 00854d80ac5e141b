namespace CareerNavigator.Tests.BadInput;

/// <summary>Texts that break naive code: every form field and upload of the corpus gets each of them.</summary>
public static class BadText
{
    public const int Huge = 100_000;

    /// <summary>100,000 characters of prose-like text (not one repeated letter, which some checks treat specially).</summary>
    public static readonly string HundredThousand = string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet. ", Huge / 28 + 1))[..Huge];

    public static readonly IReadOnlyList<(string Name, string Value)> All =
    [
        ("100,000 characters", HundredThousand),
        ("NUL bytes", "Data\0 analyst\0"),
        ("a lone high surrogate", "Analyst \uD83D alone"),
        ("a lone low surrogate", "\uDE00 Analyst"),
        ("right-to-left text with an override", "مهندس بيانات \u202Egnp.exe"),
        ("combining characters", "Ana\u0301lisis Z\u0336\u0334\u0335a\u0337\u0338l\u0321g\u0322o\u0327"),
        ("emoji and a family sequence", "Data 🚀 analyst 👩‍👩‍👧‍👦 🏳️‍🌈"),
        ("HTML and script", "<script>alert('x')</script><img src=x onerror=alert(1)>"),
        ("SQL metacharacters", "Robert'); DROP TABLE users; -- \" ; \\ % _ $$"),
        ("zero-width and byte-order marks", "Da\u200Bta\uFEFF ana\u200Dlyst\u2060"),
    ];
}
