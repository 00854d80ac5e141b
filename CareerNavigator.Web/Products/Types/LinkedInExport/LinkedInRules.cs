using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.LinkedInExport;

namespace CareerNavigator.Web.Products.Types.LinkedInExport;

internal static class LinkedInRules
{
    public static void Check(LinkedInContent linkedIn, ContentProblems problems)
    {
        problems.RequireText(linkedIn.Headline, "The LinkedIn headline");
        problems.MaxLength(linkedIn.Headline, LinkedInLimits.Headline, "The LinkedIn headline");
        problems.RequireText(linkedIn.About, "The LinkedIn About section");
        problems.MaxLength(linkedIn.About, LinkedInLimits.About, "The LinkedIn About section");

        for (var i = 0; i < linkedIn.Experience.Count; i++)
        {
            var position = linkedIn.Experience[i];
            var what = $"LinkedIn experience {i + 1}";
            problems.RequireText(position.Title, $"{what}: the title");
            problems.MaxLength(position.Title, LinkedInLimits.PositionTitle, $"{what}: the title");
            problems.RequireText(position.Company, $"{what}: the company");
            problems.RequireText(position.Description, $"{what}: the description");
            problems.MaxLength(position.Description, LinkedInLimits.PositionDescription, $"{what}: the description");
            problems.RequireDateOrder(position.StartDate, position.EndDate, what);
        }

        for (var i = 0; i < linkedIn.Education.Count; i++)
        {
            problems.RequireText(linkedIn.Education[i].School, $"LinkedIn education {i + 1}: the school");
        }

        for (var i = 0; i < linkedIn.Certifications.Count; i++)
        {
            problems.RequireText(linkedIn.Certifications[i].Name, $"LinkedIn certification {i + 1}: the name");
        }

        problems.RequireTextItems(linkedIn.Skills, "The LinkedIn skills");
        problems.MaxItems(linkedIn.Skills, LinkedInLimits.Skills, "The LinkedIn skills");
    }
}
