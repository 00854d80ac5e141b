namespace CareerNavigator.Web.Accounts.Passwords;

/// <summary>The shipped list of common passwords (see README.md beside it), loaded once per process.</summary>
public sealed class CommonPasswordList
{
    private const string ResourceName = "CareerNavigator.CommonPasswords.txt";

    private readonly HashSet<string> _passwords;

    private CommonPasswordList(HashSet<string> passwords) => _passwords = passwords;

    public static CommonPasswordList Shipped { get; } = Load();

    public int Count => _passwords.Count;

    public bool Contains(string password) => _passwords.Contains(password);

    private static CommonPasswordList Load()
    {
        using var stream = typeof(CommonPasswordList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }
        return new CommonPasswordList(passwords);
    }
}
