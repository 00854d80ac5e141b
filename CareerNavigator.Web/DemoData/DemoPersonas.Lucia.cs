using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.DemoData;

public static partial class DemoPersonas
{
    private static DemoPersona Lucia() => new(
        Email: "lucia@demo.careernavigator.local",
        DisplayName: "Lucía Fernández",
        Group: UserGroup.ExperiencedContinuing,
        Description: "Senior backend engineer in Madrid with 9 years in payments and logistics platforms, aiming for staff engineer or engineering lead.",
        Profile: LuciaProfile,
        Jobs: LuciaJobs,
        Courses: LuciaCourses,
        Education: LuciaEducation,
        GoalOccupationUri: "http://data.europa.eu/esco/occupation/d0aa0792-4345-474b-9365-686cf4869d2e");

    private static UserProfile LuciaProfile() => new()
    {
        CareerGoals = "Grow from senior backend engineer to staff engineer in platform-heavy domains such as logistics and payments: owning cross-team architecture, raising the technical bar and mentoring others, with the option of moving into an engineering lead role.",
        ShortTermGoals = "In the next 12 months: lead the cross-team event-platform initiative at Meridiana end to end, present two architecture proposals to the technical leadership group, formally mentor two engineers, and deepen my Kubernetes and cloud cost-optimisation skills.",
        LongTermGoals = "Within 3–5 years: work as a staff or principal engineer (or manager of a platform team) at a European product company, setting technical direction for several teams, and give one or two talks a year at engineering conferences.",
        CvContent = """
            LUCÍA FERNÁNDEZ MARTÍN
            Senior Backend Software Engineer | Madrid, Spain
            lucia@demo.careernavigator.local | linkedin.com/in/lucia-fernandez-backend

            SUMMARY
            Backend engineer with 9 years of experience building high-traffic APIs and event-driven
            systems for logistics and payments in C#/.NET, Go and PostgreSQL. Mentor and architecture lead.

            EXPERIENCE
            Senior Backend Engineer, Meridiana Logistics Tech, Madrid (Jun 2022 – present)
            - Led the move of the shipment-tracking monolith to event-driven services; p95 latency 1.2 s -> 180 ms
            - Mentored four engineers; introduced architecture decision records now used by six teams
            Backend Engineer, Ribera Payments, Valencia (Mar 2019 – May 2022)
            - Designed an idempotent payment-capture API processing 2M transactions per month
            - Cut nightly reconciliation from 4 hours to 25 minutes
            Junior Backend Developer, Azahar Software, Valencia (Sep 2016 – Feb 2019)
            - Built REST APIs and integrations for 40+ e-commerce clients; migrated apps to .NET Core

            EDUCATION
            BSc Computer Engineering, Universidad Politécnica del Turia, Valencia (2012–2016), GPA 3.4/4.0

            COURSES & CERTIFICATIONS
            Distributed Systems Design in Practice (2020) | Kubernetes for Application Developers (2023)
            Engineering Leadership Foundations (2024)

            SKILLS
            C#, .NET 8, Go, PostgreSQL, Kafka, RabbitMQ, Docker, Kubernetes, observability, system design

            LANGUAGES
            Spanish (native), Catalan/Valencian (C1), English (C1)
            """,
        FullName = "Lucía Fernández Martín",
        LinkedinProfileUrl = "https://www.linkedin.com/in/lucia-fernandez-backend",
        LifeProfile = "I grew up in Valencia, where my father ran a small electronics repair shop and I spent afternoons taking old radios apart. I studied computer engineering in my home city and moved to Madrid in 2022 for a role in logistics tech. I live with my partner and our dog, and at weekends I go climbing and volunteer at a coding club for teenage girls. I do my best work in teams that write things down, give honest feedback and protect time for deep work.",
        Age = 32,
        BirthCountry = "Spain",
        BirthCity = "Valencia",
        CurrentLocation = "Madrid, Spain",
        DesiredJobLocations = ["Madrid, Spain", "Barcelona, Spain", "Remote (EU)"],
        Languages =
        [
            new LanguageSkill("Spanish", "native"),
            new LanguageSkill("Catalan", "C1"),
            new LanguageSkill("English", "C1"),
        ],
        Culture = "Spanish; collaborative and direct, values work-life balance",
    };

    private static IReadOnlyList<JobExperience> LuciaJobs() =>
    [
        new JobExperience
        {
            CompanyName = "Azahar Software",
            Position = "Junior Backend Developer",
            Description = "Built and maintained REST APIs and back-office integrations for small and mid-sized e-commerce clients.",
            StartDate = new DateOnly(2016, 9, 1),
            StartDatePrecision = DatePrecision.Month,
            EndDate = new DateOnly(2019, 2, 28),
            IsCurrent = false,
            Location = "Valencia, Spain",
            Achievements =
            [
                "Built the order-export module used by more than 40 client shops",
                "Introduced automated integration tests, raising core API coverage from 20% to 65%",
                "Migrated three client applications from .NET Framework 4.6 to .NET Core 2.1",
            ],
            SkillsUsed = ["C#", "ASP.NET Core", "SQL Server", "REST APIs", "Git"],
        },
        new JobExperience
        {
            CompanyName = "Ribera Payments",
            Position = "Backend Engineer",
            Description = "Worked on the payment-processing core: card capture, refunds and settlement reconciliation.",
            StartDate = new DateOnly(2019, 3, 11),
            EndDate = new DateOnly(2022, 5, 31),
            IsCurrent = false,
            Location = "Valencia, Spain",
            Achievements =
            [
                "Designed an idempotent payment-capture API processing 2 million transactions per month",
                "Reduced the nightly reconciliation batch from 4 hours to 25 minutes",
                "Cut production incidents by 35% by rewriting alerts and on-call runbooks",
            ],
            SkillsUsed = ["C#", ".NET", "PostgreSQL", "RabbitMQ", "Docker", "Observability"],
        },
        new JobExperience
        {
            CompanyName = "Meridiana Logistics Tech",
            Position = "Senior Backend Engineer",
            Description = "Senior engineer on the shipment-tracking platform used by carriers and retailers across southern Europe.",
            StartDate = new DateOnly(2022, 6, 13),
            EndDate = null,
            IsCurrent = true,
            Location = "Madrid, Spain",
            Achievements =
            [
                "Led the migration of the shipment-tracking monolith to event-driven services, cutting p95 latency from 1.2 s to 180 ms",
                "Mentored four engineers, two of whom were promoted within 18 months",
                "Introduced an architecture decision record process now used by six teams",
            ],
            SkillsUsed = ["C#", ".NET 8", "Go", "Kafka", "PostgreSQL", "Kubernetes"],
        },
    ];

    private static IReadOnlyList<Course> LuciaCourses() =>
    [
        new Course
        {
            CourseName = "Distributed Systems Design in Practice",
            Institution = "Cloudforge Academy",
            Provider = "Cloudforge Academy Online",
            Description = "Consistency models, partitioning, replication, idempotency and failure handling, with hands-on labs.",
            CompletionDate = new DateOnly(2020, 11, 20),
            CertificateUrl = "https://certificates.cloudforge.example/dsd/LF-20201120",
            SkillsLearned = ["System design", "Event sourcing", "Distributed transactions", "Resilience patterns"],
            DurationHours = 30,
        },
        new Course
        {
            CourseName = "Kubernetes for Application Developers",
            Institution = "Stackwise Learning",
            Provider = "Stackwise Learning",
            Description = "Certification course covering deployments, configuration, probes, networking and troubleshooting.",
            CompletionDate = new DateOnly(2023, 4, 14),
            CertificateUrl = "https://verify.stackwise.example/k8s-dev/58213",
            SkillsLearned = ["Kubernetes", "Helm", "Container networking", "Troubleshooting"],
            DurationHours = 40,
        },
        new Course
        {
            CourseName = "Engineering Leadership Foundations",
            Institution = "Lumen Leadership Institute",
            Provider = "Lumen Leadership Institute",
            Description = "Cohort-based programme on technical leadership, mentoring, feedback and driving cross-team decisions.",
            CompletionDate = new DateOnly(2024, 10, 5),
            CertificateUrl = "https://lumen-leadership.example/certificates/elf-2024-1187",
            SkillsLearned = ["Mentoring", "Giving feedback", "Technical strategy", "Stakeholder management"],
            DurationHours = 24,
        },
    ];

    private static IReadOnlyList<AcademicRecord> LuciaEducation() =>
    [
        new AcademicRecord
        {
            InstitutionName = "Universidad Politécnica del Turia",
            Degree = "BSc",
            FieldOfStudy = "Computer Engineering",
            StartDate = new DateOnly(2012, 9, 15),
            EndDate = new DateOnly(2016, 6, 30),
            Gpa = 3.4,
            Honors = "Best final-year project in software engineering (2016)",
            Description = "Software engineering track. Final-year project: a fault-tolerant message queue for IoT sensor data.",
            Location = "Valencia, Spain",
        },
    ];
}
