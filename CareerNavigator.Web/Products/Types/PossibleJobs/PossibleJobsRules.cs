namespace CareerNavigator.Web.Products.Types.PossibleJobs;

/// <summary>The rules of possible jobs: a summary and one to twelve complete job cards.</summary>
internal static class PossibleJobsRules
{
    public static void Check(PossibleJobsContent content, ContentProblems problems)
    {
        problems.RequireText(content.Summary, "The summary");
        problems.RequireItems(content.Jobs, "Possible jobs");
        problems.MaxItems(content.Jobs, ContentProblems.MaxCards, "Possible jobs");
        for (var i = 0; i < content.Jobs.Count; i++)
        {
            var job = content.Jobs[i];
            problems.RequireText(job.Title, $"Job {i + 1}: the title");
            problems.RequireText(job.WhyItFits, $"Job {i + 1}: why it fits");
            problems.RequireTextItems(job.SkillsYouHave, $"Job {i + 1}: the skills you have");
            problems.RequireTextItems(job.SkillsToBuild, $"Job {i + 1}: the skills to build");
        }
    }
}
