namespace CareerNavigator.Data.Entities;

/// <summary>An ISCO-08 group as ESCO labels it: a code of one to four digits ("2", "25", "251", "2512").</summary>
public class EscoIscoGroup
{
    public required string Code { get; set; }
    public required string PreferredLabel { get; set; }
}
