using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.RelocationHelp;

namespace CareerNavigator.Web.Products.Types.RelocationHelp;

internal static class RelocationRules
{
    public static void Check(RelocationHelpContent content, ContentProblems problems)
    {
        problems.RequireText(content.Summary, "The summary");
        problems.RequireItems(content.Destinations, "Relocation destinations");
        var names = content.Destinations.Select(d => d.Location.Trim()).ToList();
        if (names.Distinct(StringComparer.OrdinalIgnoreCase).Count() != names.Count)
        {
            problems.Add("A destination appears more than once.");
        }

        foreach (var destination in content.Destinations)
        {
            problems.RequireText(destination.Location, "A destination's name");
            problems.RequireItems(destination.Checklist, $"The checklist for {destination.Location}");
            foreach (var item in destination.Checklist)
            {
                problems.RequireText(item.Task, $"A checklist item for {destination.Location}");
                problems.RequireText(item.Detail, $"The detail of \"{item.Task}\" for {destination.Location}");
            }
        }
    }
}
