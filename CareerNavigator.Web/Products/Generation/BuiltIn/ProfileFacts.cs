using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>
/// What the built-in generator reads out of one user's data, computed once per generation: records in
/// display order, the skills they show, the occupations their products aim at (from ESCO, see
/// <see cref="GenerationInput.Targets"/>), the essential-skill gaps towards the first of them, and the places they
/// want to work. Everything here comes from the user's rows, ESCO or the small documented tables; nothing depends on
/// the clock.
/// </summary>
internal sealed class ProfileFacts
{
    private const int MaxExplorationOptions = 3;

    public ProfileFacts(GenerationInput input)
    {
        Input = input;
        // Sorted again: any caller may build an input, and the content must not depend on its order.
        Jobs = RecordOrder.Jobs(input.Jobs);
        Courses = RecordOrder.Courses(input.Courses);
        Education = RecordOrder.Education(input.Education);
        // The profile's own skills first (the user named them as theirs), then those their jobs and courses list.
        Skills = [.. input.Skills.Concat(Jobs.SelectMany(j => j.SkillsUsed)).Concat(Courses.SelectMany(c => c.SkillsLearned))
            .Select(s => s.Trim()).Where(s => s.Length > 0).DistinctBy(BaseName)];
        Goals = string.Join('\n', new[] { Profile.CareerGoals, Profile.ShortTermGoals, Profile.LongTermGoals }.Where(g => !string.IsNullOrWhiteSpace(g)));

        Group = input.Group ?? InferGroup();
        Roles = [.. input.Targets.Take(Group == UserGroup.InexperiencedNoGoal ? MaxExplorationOptions : 1).Select(OccupationRoles.From)];
        // Someone still exploring has options, not a target, so nothing counts as a gap yet.
        var target = Group == UserGroup.InexperiencedNoGoal ? null : Role;
        Strengths = target?.Skills.Where(s => s.Shown).ToList() ?? [];
        Gaps = target?.Skills.Where(s => !s.Shown).ToList() ?? [];
        Sectors = [.. SectorCatalog.All
            .Select(s => (Sector: s, At: SkillEvidence.FirstMention(Goals, s.GoalWords)))
            .Where(m => m.At is not null).OrderBy(m => m.At).Select(m => m.Sector)];
        Home = string.IsNullOrWhiteSpace(Profile.CurrentLocation) ? null : Place.Parse(Profile.CurrentLocation);
        Destinations = [.. Profile.DesiredJobLocations.Where(l => !string.IsNullOrWhiteSpace(l))
            .DistinctBy(l => l.Trim().ToLowerInvariant()).Select(Place.Parse)];
        Name = string.IsNullOrWhiteSpace(Profile.FullName) ? null : Profile.FullName.Trim();
    }

    public GenerationInput Input { get; }
    public UserProfile Profile => Input.Profile;

    /// <summary>The user's group, or for a user the wizard has not classified yet, the one their records suggest.</summary>
    public UserGroup Group { get; }

    public IReadOnlyList<JobExperience> Jobs { get; }
    public IReadOnlyList<Course> Courses { get; }
    public IReadOnlyList<AcademicRecord> Education { get; }
    public IReadOnlyList<string> Skills { get; }

    /// <summary>Career, short-term and long-term goals together.</summary>
    public string Goals { get; }

    /// <summary>The occupation the products aim at; for users still exploring, up to three options in the order their goals mention them.</summary>
    public IReadOnlyList<TargetRole> Roles { get; }
    public TargetRole? Role => Roles.Count > 0 ? Roles[0] : null;
    public IReadOnlyList<TypicalSkill> Strengths { get; }
    public IReadOnlyList<TypicalSkill> Gaps { get; }
    public IReadOnlyList<Sector> Sectors { get; }
    public Place? Home { get; }
    public IReadOnlyList<Place> Destinations { get; }
    /// <summary>The name the profile gives; never read out of the CV text or anything else.</summary>
    public string? Name { get; }
    public string? Email => Profile.User?.Email;

    public JobExperience? CurrentJob => Jobs.FirstOrDefault(j => j.IsCurrent);
    public JobExperience? LatestJob => Jobs.Count > 0 ? Jobs[0] : null;
    public AcademicRecord? LatestEducation => Education.Count > 0 ? Education[0] : null;
    public int? FirstWorkYear => Jobs.Count > 0 ? Jobs.Min(j => j.StartDate.Year) : null;
    public bool IsExperienced => Group is UserGroup.ExperiencedContinuing or UserGroup.ExperiencedChanging;

    /// <summary>Desired places outside the user's current country (where work permits and recognition come in).</summary>
    public IReadOnlyList<Place> AbroadDestinations =>
        [.. Destinations.Where(d => !d.IsRemote && d.Country is not null && d.Country != Home?.Country)];

    public IReadOnlyList<string> SkillsFor(TargetRole role) => [.. role.Skills.Where(s => s.Shown).Select(s => s.Name)];

    public IReadOnlyList<string> GapsFor(TargetRole role) => [.. role.Skills.Where(s => !s.Shown).Select(s => s.Name)];

    /// <summary>"Excel (pivot tables)" and "Excel" are one skill; the first one listed (the more recent record) is kept.</summary>
    private static string BaseName(string skill) => skill.Split(" (")[0].Trim().ToLowerInvariant();

    private UserGroup InferGroup() => Input.Jobs.Count > 0 ? UserGroup.ExperiencedContinuing
        : Input.Targets.Count > 0 ? UserGroup.InexperiencedWithGoal
        : UserGroup.InexperiencedNoGoal;
}
