using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.RelocationHelp;
using CareerNavigator.Web.Products.Types.SuggestedCourses;

namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>
/// A skill a role typically asks for, the words that show a user has it (<see cref="SkillEvidence"/> says how
/// they match), and the course topic that teaches it.
/// </summary>
internal sealed record TypicalSkill(string Name, string[] Evidence, string CourseTopic, string CourseKind, string[] ProviderKinds, CourseLevel Level, int Hours);

/// <summary>A role the built-in generator can plan towards; <paramref name="Field"/> names its work in running text ("data analysis").</summary>
/// <param name="GoalWords">Lower-case phrases in the user's goals that name this role.</param>
/// <param name="Prerequisite">A licence or exam the role needs before one can practise, if any; those starting out or changing field must plan for it.</param>
/// <param name="Regulated">True when most countries license the profession (relocation then needs registration).</param>
/// <param name="Sectors">Keys of <see cref="SectorCatalog"/> where the role is usually found.</param>
internal sealed record TargetRole(
    string Name,
    string Field,
    string[] GoalWords,
    TypicalSkill[] Skills,
    string[] EntryTitles,
    string[] NextTitles,
    TypicalSkill? Prerequisite,
    bool Regulated,
    string[] Sectors);

/// <summary>
/// The small, hand-written table of roles the built-in generator knows: what each typically asks for and
/// the words that name it in a user's goals. It is deliberately short and general — it covers the demo
/// users' directions and common neighbours; a goal it does not recognise gets a plan without skill gaps
/// rather than a guessed one. Add a role by adding an entry; order matters (more specific roles first,
/// because the first match becomes the plan's target).
/// </summary>
internal static class RoleCatalog
{
    private static readonly string[] Online = ["MOOC platforms with graded exercises", "university extension or continuing-education programmes"];
    private static readonly string[] Vendor = ["the tool vendor's own free learning paths", "MOOC platforms with hands-on labs"];
    private static readonly string[] Workplace = ["your employer's internal training or mentoring programme", "professional associations' workshops"];
    private static readonly string[] Clinical = ["your nursing school or hospital's continuing-education unit", "accredited nursing review centres"];
    private static readonly string[] Community = ["community colleges and adult-education centres", "local volunteer centres' training days"];

    public static IReadOnlyList<TargetRole> All { get; } =
    [
        new("Staff or principal engineer", "technical leadership",
            ["staff engineer", "principal engineer", "staff or principal", "tech lead", "technical lead", "engineering lead", "software architect"],
            [
                new("System design", ["system design", "architecture", "distributed"], "Large-scale system design: trade-offs, reliability and capacity planning", "advanced online course or study group", Online, CourseLevel.Advanced, 30),
                new("Technical strategy", ["technical strategy", "technical direction"], "Technical strategy: writing technical vision and strategy documents", "workshop or cohort course", Workplace, CourseLevel.Advanced, 16),
                new("Mentoring", ["mentor", "coaching"], "Mentoring and coaching engineers", "cohort course", Workplace, CourseLevel.Intermediate, 12),
                new("Stakeholder management", ["stakeholder"], "Influencing without authority and stakeholder management", "workshop", Workplace, CourseLevel.Intermediate, 12),
                new("Cloud cost optimisation", ["cost optimi", "finops", "cloud cost"], "Cloud cost optimisation (FinOps) for engineers", "online course with labs", Vendor, CourseLevel.Intermediate, 15),
                new("Public speaking", ["public speaking", "conference talk", "presenting"], "Public speaking for technical talks", "workshop with practice sessions", ["local speaking clubs and meetups", "conference speaker-mentoring programmes"], CourseLevel.Intermediate, 10),
            ],
            [], ["Staff Engineer", "Principal Engineer", "Technical Lead"], null, false, ["product", "logistics", "payments"]),

        new("Engineering manager", "engineering management",
            ["engineering manager", "manager of a platform", "manager of a", "team lead", "people manager", "head of engineering"],
            [
                new("People management", ["people management", "line management", "managing people"], "First-time people management: one-to-ones, goals and performance", "cohort course", Workplace, CourseLevel.Intermediate, 20),
                new("Giving feedback", ["feedback"], "Giving and receiving feedback", "workshop", Workplace, CourseLevel.Beginner, 6),
                new("Hiring and interviewing", ["hiring", "interviewing", "recruit"], "Structured hiring and interviewing", "workshop", Workplace, CourseLevel.Intermediate, 8),
                new("Delivery planning", ["delivery", "planning", "roadmap"], "Planning and delivery for engineering teams", "online course", Online, CourseLevel.Intermediate, 12),
                new("Stakeholder management", ["stakeholder"], "Influencing without authority and stakeholder management", "workshop", Workplace, CourseLevel.Intermediate, 12),
            ],
            [], ["Engineering Manager", "Team Lead"], null, false, ["product", "logistics", "payments"]),

        new("Data analyst", "data analysis",
            ["data analyst", "data analysis", "data analytics", "analytics lead", "business intelligence"],
            [
                new("SQL", ["sql", "postgres", "mysql"], "SQL for analysis: joins, aggregation and window functions", "online course with graded exercises", Online, CourseLevel.Beginner, 30),
                new("Spreadsheets", ["excel", "spreadsheet", "google sheets"], "Spreadsheet analysis: pivot tables, lookups and charts", "online course", Online, CourseLevel.Beginner, 12),
                new("Python or R for analysis", ["python", "pandas", "r"], "Python for data analysis (pandas, notebooks)", "online course with projects", Online, CourseLevel.Beginner, 40),
                new("Statistics", ["statistic", "hypothesis", "regression", "a/b test"], "Applied statistics: hypothesis tests, confidence intervals and regression", "online course", Online, CourseLevel.Intermediate, 40),
                new("Data visualisation", ["visualisation", "visualization", "matplotlib", "dashboard", "charts"], "Data visualisation and dashboard design", "online course with projects", Online, CourseLevel.Beginner, 15),
                new("A BI tool (Power BI, Tableau or Looker)", ["power bi", "tableau", "looker", "business intelligence"], "A business-intelligence tool such as Power BI or Tableau, from data model to published report", "online course with labs", Vendor, CourseLevel.Beginner, 20),
                new("Data modelling", ["data model", "dimensional", "star schema"], "Data modelling for analytics: tables, keys and star schemas", "online course", Online, CourseLevel.Intermediate, 15),
            ],
            ["Junior Data Analyst", "Associate Data Analyst"], ["Data Analyst", "Senior Data Analyst", "Analytics Lead"], null, false, ["edtech", "health", "ngo", "public"]),

        new("Registered nurse", "nursing",
            ["nurse", "nursing"],
            [
                new("Patient assessment", ["assessment", "vital signs"], "Patient assessment and early warning scores", "short clinical course", Clinical, CourseLevel.Intermediate, 12),
                new("Medication administration", ["medication", "drug calculation"], "Safe medication administration and drug calculations", "short clinical course", Clinical, CourseLevel.Intermediate, 10),
                new("Infection control", ["infection control", "infection prevention"], "Infection prevention and control", "short clinical course", Clinical, CourseLevel.Beginner, 6),
                new("Life support", ["life support", "cpr", "bls"], "Basic and paediatric life support (with recertification)", "practical certification course", Clinical, CourseLevel.Beginner, 8),
            ],
            ["Graduate Staff Nurse", "Staff Nurse"], ["Senior Staff Nurse", "Clinical Nurse Specialist"],
            new("The nurse licensing examination", [], "Review for the nurse licensing examination", "exam review course", Clinical, CourseLevel.Intermediate, 120), true, ["children", "health"]),

        new("Software engineer", "software engineering",
            ["software engineer", "software developer", "backend", "frontend", "web developer", "computer science"],
            [
                new("A mainstream programming language", ["c#", "java", "python", "go", "javascript", "typescript"], "Programming fundamentals in one mainstream language", "online course with projects", Online, CourseLevel.Beginner, 60),
                new("Version control (Git)", ["git"], "Git and collaborative development", "online course", Online, CourseLevel.Beginner, 6),
                new("Automated testing", ["test"], "Automated testing: unit and integration tests", "online course", Online, CourseLevel.Intermediate, 12),
                new("Databases and SQL", ["sql", "postgres", "database"], "Relational databases and SQL", "online course", Online, CourseLevel.Beginner, 20),
                new("Web APIs", ["api", "rest api"], "Building and consuming web APIs", "online course with projects", Online, CourseLevel.Intermediate, 20),
            ],
            ["Junior Software Developer"], ["Software Engineer", "Senior Software Engineer"], null, false, ["product", "it"]),

        new("IT support technician", "IT support",
            ["it support", "help desk", "helpdesk", "service desk", "technical support"],
            [
                new("Troubleshooting", ["troubleshoot", "fixing computers", "debug"], "Structured troubleshooting of hardware and software", "online course", Community, CourseLevel.Beginner, 10),
                new("Operating systems", ["windows", "linux", "macos", "operating system"], "Operating systems for support: Windows, macOS and Linux basics", "online course with labs", Vendor, CourseLevel.Beginner, 20),
                new("Networking basics", ["network"], "Networking basics: IP addresses, Wi-Fi, DNS", "online course with labs", Vendor, CourseLevel.Beginner, 20),
                new("Customer service", ["customer service", "customer support"], "Customer service for support roles", "short course", Community, CourseLevel.Beginner, 6),
                new("Ticketing and documentation", ["ticket", "documentation", "knowledge base"], "Working with a ticketing system and writing clear support notes", "short course", Vendor, CourseLevel.Beginner, 6),
            ],
            ["IT Support Technician", "Service Desk Analyst"], ["IT Support Specialist", "Systems Administrator"], null, false, ["it"]),

        new("Sound engineer", "sound engineering",
            ["sound engineer", "sound engineering", "audio engineer", "music production", "sound technician"],
            [
                new("Audio recording", ["recording"], "Recording techniques: microphones and signal chains", "short practical course", ["music schools and community studios", "MOOC platforms"], CourseLevel.Beginner, 12),
                new("Mixing", ["mixing"], "Mixing: balance, EQ, compression and effects", "online course with projects", ["music schools and community studios", "MOOC platforms"], CourseLevel.Intermediate, 20),
                new("Digital audio workstations", ["digital audio workstation", "daw"], "Working fluently in a digital audio workstation", "online course", ["the software vendor's tutorials", "MOOC platforms"], CourseLevel.Beginner, 10),
                new("Live sound", ["live sound", "sound and tech for", "pa system"], "Live sound: setting up and running a PA system", "hands-on workshop", ["music venues' and theatres' technician workshops", "vocational schools"], CourseLevel.Beginner, 16),
                new("Acoustics", ["acoustic"], "Acoustics basics for recording and live rooms", "online course", ["vocational schools", "MOOC platforms"], CourseLevel.Beginner, 10),
            ],
            ["Assistant Sound Technician", "Live Sound Assistant"], ["Sound Engineer", "Audio Technician"], null, false, ["music"]),

        new("Social or youth worker", "social and youth work",
            ["social work", "youth worker", "youth centre", "helping people", "helping profession", "community work", "support worker"],
            [
                new("Active listening", ["listening", "counsel"], "Active listening and helping conversations", "short course", Community, CourseLevel.Beginner, 8),
                new("Safeguarding", ["safeguarding", "child protection"], "Safeguarding children and vulnerable adults", "certified short course", Community, CourseLevel.Beginner, 6),
                new("Working with young people", ["youth", "young people", "children"], "Youth work basics: planning activities and setting boundaries", "short course or volunteer training", Community, CourseLevel.Beginner, 12),
                new("De-escalation", ["de-escalation", "conflict"], "Conflict de-escalation", "workshop", Community, CourseLevel.Beginner, 6),
            ],
            ["Youth Work Assistant", "Support Worker"], ["Youth Worker", "Social Worker"], null, true, ["community"]),

        new("Project manager", "project management",
            ["project manager", "project management", "programme manager", "program manager"],
            [
                new("Planning and scheduling", ["planning", "schedul"], "Project planning and scheduling", "online course", Online, CourseLevel.Beginner, 15),
                new("Risk management", ["risk"], "Project risk management", "online course", Online, CourseLevel.Intermediate, 8),
                new("Stakeholder management", ["stakeholder"], "Stakeholder management and reporting", "workshop", Workplace, CourseLevel.Intermediate, 12),
                new("Agile delivery", ["agile", "scrum", "kanban"], "Agile delivery with Scrum and Kanban", "online course", Online, CourseLevel.Beginner, 12),
            ],
            ["Project Coordinator"], ["Project Manager", "Senior Project Manager"], null, false, []),
    ];
}
