namespace CareerNavigator.Web.Products.Types.PossibleCompanies;

/// <summary>The rules of possible companies: a summary and one to twelve complete kinds of company.</summary>
internal static class PossibleCompaniesRules
{
    public static void Check(PossibleCompaniesContent content, ContentProblems problems)
    {
        problems.RequireText(content.Summary, "The summary");
        problems.RequireItems(content.CompanyKinds, "Kinds of company");
        problems.MaxItems(content.CompanyKinds, ContentProblems.MaxCards, "Kinds of company");
        for (var i = 0; i < content.CompanyKinds.Count; i++)
        {
            var kind = content.CompanyKinds[i];
            var what = $"Company kind {i + 1}";
            problems.RequireText(kind.Kind, $"{what}: the kind");
            problems.RequireText(kind.WhyItFits, $"{what}: why it fits");
            problems.RequireItems(kind.HowToFind, $"{what}: ways to find them");
            problems.RequireTextItems(kind.HowToFind, $"{what}: the ways to find them");
            problems.RequireTextItems(kind.RolesThere, $"{what}: the roles");
            problems.RequireTextItems(kind.Locations, $"{what}: the locations");
        }
    }
}
