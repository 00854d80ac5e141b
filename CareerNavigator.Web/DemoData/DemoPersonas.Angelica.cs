using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.DemoData;

public static partial class DemoPersonas
{
    private static DemoPersona Angelica() => new(
        Email: "angelica@demo.careernavigator.local",
        DisplayName: "Angelica Reyes",
        Group: UserGroup.InexperiencedWithGoal,
        Description: "Final-year nursing student in Quezon City working part-time as a care assistant, set on becoming a registered paediatric nurse abroad.",
        Profile: AngelicaProfile,
        Jobs: AngelicaJobs,
        Courses: AngelicaCourses,
        Education: AngelicaEducation,
        GoalOccupationUri: "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50");

    private static UserProfile AngelicaProfile() => new()
    {
        CareerGoals = "Become a registered nurse specialising in paediatrics: first pass the Philippine nurse licensure exam, then work in a children's hospital abroad, ideally in Ireland or the United Kingdom.",
        ShortTermGoals = "Graduate in June 2026, pass the Nurse Licensure Examination in November 2026, reach IELTS Academic 7.0 in every band, and gain 1–2 years of hospital experience on a paediatric ward in Metro Manila.",
        LongTermGoals = "Within 5 years: work as a registered paediatric nurse in Ireland or the UK, then specialise in neonatal or paediatric intensive care, and later study for a master's degree in child health nursing.",
        CvContent = """
            ANGELICA REYES
            Final-year BSc Nursing student | Quezon City, Philippines
            angelica@demo.careernavigator.local | linkedin.com/in/angelica-reyes-nursing

            PROFILE
            Final-year nursing student with a strong interest in paediatric care, hands-on experience
            as a part-time care assistant and clinical rotations in paediatric and maternal wards.

            EDUCATION
            BSc Nursing, Northbay College of Health Sciences, Quezon City (2022 – expected Jun 2026)
            GPA 3.6/4.0, Dean's Lister 2023–2025
            - 180 hours of clinical rotation on a paediatric ward
            - Capstone: family education programme for children with asthma

            EXPERIENCE
            Care Assistant (part-time), Sampaguita Senior Care Home, Quezon City (Jun 2024 – present)
            - Personal care, vital signs and daily records for 12 residents on evening and weekend shifts
            - Helped introduce a fall-risk checklist for night shifts
            - Employee of the Month, March 2025

            CERTIFICATIONS
            Standard First Aid and Basic Life Support (16 h, 2023)
            Paediatric Basic Life Support (8 h, 2025)

            SKILLS
            Vital signs monitoring, patient hygiene and comfort, infection control, documentation,
            communicating with families, teamwork under pressure

            LANGUAGES
            Filipino (native), Hiligaynon (native), English (C1)
            """,
        FullName = "Angelica Reyes",
        LinkedinProfileUrl = "https://www.linkedin.com/in/angelica-reyes-nursing",
        LifeProfile = "I grew up in Iloilo City as the eldest of four children, and looking after my younger siblings is what first made me want to work with children. I moved to Quezon City for nursing school and work part-time at a care home to help pay my fees. My aunt is a nurse in Dublin, and her stories convinced me to plan for a career abroad. Outside my studies I sing in our parish choir and love baking for my classmates.",
        Age = 22,
        BirthCountry = "Philippines",
        BirthCity = "Iloilo City",
        CurrentLocation = "Quezon City, Philippines",
        DesiredJobLocations = ["Dublin, Ireland", "London, United Kingdom", "Manila, Philippines"],
        Languages =
        [
            new LanguageSkill("Filipino", "native"),
            new LanguageSkill("Hiligaynon", "native"),
            new LanguageSkill("English", "C1"),
        ],
        Culture = "Filipino; family-centred, caring and hospitable",
    };

    private static IReadOnlyList<JobExperience> AngelicaJobs() =>
    [
        new JobExperience
        {
            CompanyName = "Sampaguita Senior Care Home",
            Position = "Care Assistant (part-time)",
            Description = "Evening and weekend shifts supporting elderly residents with daily living, under the supervision of registered nurses.",
            StartDate = new DateOnly(2024, 6, 3),
            EndDate = null,
            IsCurrent = true,
            Location = "Quezon City, Philippines",
            Achievements =
            [
                "Provides personal care and records vital signs for 12 residents per shift",
                "Helped introduce a simple fall-risk checklist for night shifts",
                "Named Employee of the Month in March 2025",
            ],
            SkillsUsed = ["Personal care", "Vital signs monitoring", "Infection control", "Patient communication", "Care documentation"],
        },
    ];

    private static IReadOnlyList<Course> AngelicaCourses() =>
    [
        new Course
        {
            CourseName = "Standard First Aid and Basic Life Support",
            Institution = "Lifeline Training Institute",
            Provider = "Lifeline Training Institute",
            Description = "Classroom and practical training in first aid, adult CPR, AED use and choking management.",
            CompletionDate = new DateOnly(2023, 7, 15),
            CertificateUrl = "https://lifeline-training.example/certificates/sfa-bls-230715-0442",
            SkillsLearned = ["First aid", "Adult CPR", "AED use", "Choking management"],
            DurationHours = 16,
        },
        new Course
        {
            CourseName = "Paediatric Basic Life Support",
            Institution = "Lifeline Training Institute",
            Provider = "Lifeline Training Institute",
            Description = "Infant and child CPR, recognising the seriously ill child, and airway management for children.",
            CompletionDate = new DateOnly(2025, 1, 25),
            CertificateUrl = "https://lifeline-training.example/certificates/pbls-250125-0187",
            SkillsLearned = ["Infant and child CPR", "Paediatric assessment", "Airway management"],
            DurationHours = 8,
        },
    ];

    private static IReadOnlyList<AcademicRecord> AngelicaEducation() =>
    [
        new AcademicRecord
        {
            InstitutionName = "Northbay College of Health Sciences",
            Degree = "BSc",
            FieldOfStudy = "Nursing",
            StartDate = new DateOnly(2022, 8, 15),
            EndDate = new DateOnly(2026, 6, 30),
            Gpa = 3.6,
            Honors = "Dean's Lister (2023–2025)",
            Description = "Clinical rotations in paediatric, maternal and community health, including 180 hours on a paediatric ward. Capstone: a family education programme for childhood asthma.",
            Location = "Quezon City, Philippines",
        },
    ];
}
