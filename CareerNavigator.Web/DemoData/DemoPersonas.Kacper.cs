using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.DemoData;

public static partial class DemoPersonas
{
    private static DemoPersona Kacper() => new(
        Email: "kacper@demo.careernavigator.local",
        DisplayName: "Kacper Nowak",
        Group: UserGroup.InexperiencedNoGoal,
        Description: "19-year-old school leaver from Łódź with a summer job behind him, interested in music, helping people and computers, still exploring what to do next.",
        Profile: KacperProfile,
        Jobs: KacperJobs,
        Courses: KacperCourses,
        Education: KacperEducation);

    private static UserProfile KacperProfile() => new()
    {
        CareerGoals = "Not sure yet — I'd like work that connects to something I care about: music, helping people or computers. I'm open to trying a few things before deciding whether to go to university, train for a specific job or start working.",
        ShortTermGoals = "Over the next 6–12 months: try a couple of short courses (programming, sound engineering), find a part-time job or volunteering where I help people, for example an IT help desk or a youth centre, and talk to people who work in the fields I'm curious about.",
        LongTermGoals = "I don't have a fixed plan yet. In a few years I'd like a stable job I enjoy, perhaps in IT support, sound engineering or a helping profession, and to have decided whether university (for example computer science or social work) is right for me.",
        CvContent = """
            KACPER NOWAK
            Łódź, Poland | kacper@demo.careernavigator.local | linkedin.com/in/kacper-nowak-lodz

            ABOUT ME
            Recent school leaver (matura 2025), friendly and reliable, good with people and with
            computers. Exploring options in IT, music and roles where I can help others.

            EDUCATION
            Secondary school diploma (matura), Nowy Horyzont Secondary School, Łódź (2021–2025)
            - Mathematics and computer science profile; extended English
            - Guitarist in the school band; helped run sound and tech for school events

            EXPERIENCE
            Seasonal Waiter and Kitchen Helper, Bałtycka Bryza Beach Café, Sopot (Jul – Aug 2025)
            - Served up to 150 guests a day in peak season
            - Trusted to close the café and cash up after the first month
            - Helped set up the new tablet ordering system and showed colleagues how to use it

            COURSES
            Introduction to Python Programming, OpenByte Academy (12 h, 2025)
            Home Music Production Basics, SoundCraft Online (8 h, 2025)

            SKILLS & INTERESTS
            Customer service, teamwork, basic Python, fixing computers and phones, guitar, music production

            LANGUAGES
            Polish (native), English (B2), German (A2)
            """,
        FullName = "Kacper Nowak",
        LinkedinProfileUrl = "https://www.linkedin.com/in/kacper-nowak-lodz",
        LifeProfile = "I'm 19 and live with my mum and younger sister in Łódź. I finished secondary school in 2025 and spent the summer working at a beach café in Sopot, which I enjoyed more than I expected because of the people. I've played guitar for six years, I make simple tracks on my laptop, and I'm usually the one friends and family call when their computer breaks. I don't know yet which of these could become a career, and I'd like some help working that out.",
        Age = 19,
        BirthCountry = "Poland",
        BirthCity = "Łódź",
        CurrentLocation = "Łódź, Poland",
        DesiredJobLocations = ["Łódź, Poland", "Warsaw, Poland", "Remote"],
        Languages =
        [
            new LanguageSkill("Polish", "native"),
            new LanguageSkill("English", "B2"),
            new LanguageSkill("German", "A2"),
        ],
        Culture = "Polish; easy-going, values honesty and friendship",
    };

    private static IReadOnlyList<JobExperience> KacperJobs() =>
    [
        new JobExperience
        {
            CompanyName = "Bałtycka Bryza Beach Café",
            Position = "Seasonal Waiter and Kitchen Helper",
            Description = "Summer job at a busy seaside café: taking orders, serving tables, helping in the kitchen and closing up.",
            StartDate = new DateOnly(2025, 7, 1),
            StartDatePrecision = DatePrecision.Month,
            EndDate = new DateOnly(2025, 8, 31),
            IsCurrent = false,
            Location = "Sopot, Poland",
            Achievements =
            [
                "Served up to 150 guests a day during peak season",
                "Trusted to close the café and cash up alone after the first month",
                "Helped set up the new tablet ordering system and showed colleagues how to use it",
            ],
            SkillsUsed = ["Customer service", "Teamwork", "Cash handling", "Working under pressure", "Basic tech troubleshooting"],
        },
    ];

    private static IReadOnlyList<Course> KacperCourses() =>
    [
        new Course
        {
            CourseName = "Introduction to Python Programming",
            Institution = "OpenByte Academy",
            Provider = "OpenByte Academy",
            Description = "Beginner online course: variables, loops, functions and a small final project (a quiz game).",
            CompletionDate = new DateOnly(2025, 9, 20),
            CertificateUrl = "https://openbyte.example/certificates/intro-python-77310",
            SkillsLearned = ["Python basics", "Problem solving", "Debugging"],
            DurationHours = 12,
        },
        new Course
        {
            CourseName = "Home Music Production Basics",
            Institution = "SoundCraft Online",
            Provider = "SoundCraft Online",
            Description = "Short online course on recording, arranging and mixing music at home with free software.",
            CompletionDate = new DateOnly(2025, 10, 18),
            CertificateUrl = "https://soundcraft-online.example/certificates/hmp-20251018-412",
            SkillsLearned = ["Audio recording", "Mixing basics", "Digital audio workstations"],
            DurationHours = 8,
        },
    ];

    private static IReadOnlyList<AcademicRecord> KacperEducation() =>
    [
        new AcademicRecord
        {
            InstitutionName = "Nowy Horyzont Secondary School",
            Degree = "Secondary school diploma",
            FieldOfStudy = "General education (mathematics and computer science profile)",
            StartDate = new DateOnly(2021, 9, 1),
            StartDatePrecision = DatePrecision.Month,
            EndDate = new DateOnly(2025, 6, 27),
            Gpa = 3.2,
            Honors = "Certificate of appreciation for school volunteering (2024)",
            Description = "Matura exams in Polish, mathematics, English (extended level) and computer science. Played guitar in the school band and helped run sound and tech for school events.",
            Location = "Łódź, Poland",
        },
    ];
}
