namespace CareerNavigator.Web.Profiles;

public static class Dates
{
    public static string Span(DateOnly? start, DateOnly? end, bool current = false)
    {
        var from = start?.ToString("MMM yyyy");
        var to = current ? "now" : end?.ToString("MMM yyyy");
        return (from, to) switch
        {
            (null, null) => "Dates not given",
            (null, _) => $"Until {to}",
            (_, null) => $"Since {from}",
            _ => $"{from} – {to}",
        };
    }
}
