using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Applications;

namespace CareerNavigator.Web.Api.Applications;

/// <summary>One job application. The server sets id, status_changed_at, status_history, created_at and updated_at; a request's values for them are ignored.</summary>
public sealed record ApplicationResource
{
    public int? Id { get; init; }
    public string? Company { get; init; }
    public string? Role { get; init; }
    public string? Location { get; init; }

    /// <summary>The advert's address: kept as text, never fetched.</summary>
    public string? Link { get; init; }
    public DateOnly? Deadline { get; init; }
    public string? AdvertText { get; init; }
    public string? AdvertFileName { get; init; }

    /// <summary>On create, where the application starts (saved when left out); an update ignores it: PUT .../status moves it.</summary>
    public ApplicationStatus? Status { get; init; }
    public DateTime? StatusChangedAt { get; init; }
    public string? Notes { get; init; }
    public List<ApplicationContact>? Contacts { get; init; }
    public string? NextAction { get; init; }
    public DateOnly? NextActionDate { get; init; }
    public bool RemindByEmail { get; init; }
    public List<StatusHistoryEntry>? StatusHistory { get; init; }
    public DateTime? CreatedAt { get; init; }
    public DateTime? UpdatedAt { get; init; }

    public static ApplicationResource From(JobApplication a) => new()
    {
        Id = a.Id, Company = a.Company, Role = a.Role, Location = a.Location, Link = a.Link, Deadline = a.Deadline,
        AdvertText = a.AdvertText, AdvertFileName = a.AdvertFileName, Status = a.Status, StatusChangedAt = a.StatusChangedAt,
        Notes = a.Notes, Contacts = a.Contacts, NextAction = a.NextAction, NextActionDate = a.NextActionDate,
        RemindByEmail = a.RemindByEmail,
        StatusHistory = [.. a.StatusChanges.OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).Select(c => new StatusHistoryEntry(c.FromStatus, c.ToStatus, c.ChangedAt))],
        CreatedAt = a.CreatedAt, UpdatedAt = a.UpdatedAt,
    };

    public ApplicationForm ToForm() => new()
    {
        Company = Company ?? "", Role = Role ?? "", Location = Location, Link = Link,
        Deadline = Deadline?.ToDateTime(TimeOnly.MinValue), AdvertText = AdvertText, AdvertFileName = AdvertFileName, Notes = Notes,
        NextAction = NextAction, NextActionDate = NextActionDate?.ToDateTime(TimeOnly.MinValue), RemindByEmail = RemindByEmail,
        Contacts = [.. (Contacts ?? []).Select(c => new ApplicationForm.ContactRow { Name = c.Name ?? "", Role = c.Role, Email = c.Email, Phone = c.Phone })],
    };
}

/// <summary>One status the application took: from_status is null on the first, when it was saved.</summary>
public sealed record StatusHistoryEntry(ApplicationStatus? FromStatus, ApplicationStatus ToStatus, DateTime ChangedAt);

/// <summary>An application in a list: no advert, notes or contacts (GET one application for them).</summary>
public sealed record ApplicationListItem(
    int Id, string Company, string Role, string? Location, ApplicationStatus Status, DateOnly? Deadline, string? NextAction,
    DateOnly? NextActionDate, bool RemindByEmail, DateTime StatusChangedAt, DateTime UpdatedAt)
{
    public static ApplicationListItem From(ApplicationSummary a) => new(
        a.Id, a.Company, a.Role, a.Location, a.Status, a.Deadline, a.NextAction, a.NextActionDate, a.RemindByEmail, a.StatusChangedAt, a.UpdatedAt);
}

/// <summary>The body of a status change.</summary>
public sealed record StatusChangeRequest(ApplicationStatus Status);
