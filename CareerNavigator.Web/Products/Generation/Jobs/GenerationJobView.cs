using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products.Generation.Jobs;

/// <summary>A generation job as its page shows it.</summary>
public sealed record GenerationJobView(
    Guid Id,
    ProductType Type,
    int? ApplicationId,
    GenerationJobStatus Status,
    string? Message,
    string? PartialText,
    string? Error,
    int? GeneratedProductId,
    DateTime CreatedAt,
    DateTime? FinishedAt)
{
    public bool HasEnded => Status.HasEnded();

    internal static GenerationJobView Of(GenerationJob job) => new(
        job.Id, job.ProductType, job.JobApplicationId, job.Status, job.ProgressMessage, job.PartialText, job.ErrorMessage,
        job.GeneratedProductId, job.CreatedAt, job.FinishedAt);
}
