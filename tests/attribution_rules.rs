//! The attribution rules of issue 10's rounds after the first (the section
//! comments say which round), one test each, on
//! invented sentences (never an evaluation article's), through the public
//! extraction as a user gets it. Each fails on the code before its rule.

use brief::briefing::quotes::extract;

/// (quote text, speaker) of a one-source briefing.
fn run(text: &str) -> Vec<(String, Option<String>)> {
    extract(&[("t", text)])
        .into_iter()
        .map(|q| (q.text, q.speaker))
        .collect()
}

/// The speakers of every quote, in order.
fn speakers(text: &str) -> Vec<Option<String>> {
    run(text).into_iter().map(|(_, s)| s).collect()
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

#[test]
fn verbs_of_manner_and_posting_report_speech_and_invert() {
    assert_eq!(
        speakers("\"Watch the step!\" exclaimed Lena Park."),
        [some("Lena Park")]
    );
    assert_eq!(
        speakers("\"Stay away from the river,\" tweeted the Water Department."),
        [some("Water Department")]
    );
    assert_eq!(
        speakers("\"That is enough,\" Tomas Berg shouted, and left."),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers("\"It is a disgrace,\" he rants. Lena Park nodded."),
        [None],
        "a pronoun with no one before it is still no one"
    );
}

#[test]
fn a_participle_of_asking_takes_the_clauses_subject() {
    assert_eq!(
        speakers("Officer Lena Park addressed the crowd, asking them to \"go home safely\"."),
        [some("Lena Park")]
    );
}

#[test]
fn a_quantified_description_gives_the_name_in_apposition() {
    assert_eq!(
        speakers("\"We waited all night,\" said one father, Tomas Berg."),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers("\"The water came fast,\" said another resident, Lia Moreno, 61."),
        [some("Lia Moreno")]
    );
    assert_eq!(
        speakers("\"We waited all night,\" said one father."),
        [None]
    );
}

#[test]
fn a_time_after_an_inverting_verb_is_not_the_speaker() {
    assert_eq!(
        speakers(
            "\"The water is safe,\" Dr. Ana Ruiz, head of the county lab, said Monday morning."
        ),
        [some("Ana Ruiz")]
    );
}

#[test]
fn capitalised_words_that_describe_the_speaker_do_not_name_them() {
    assert_eq!(
        speakers("\"We need more buses,\" said the Oregon town's mayor."),
        [None]
    );
    assert_eq!(
        speakers("\"We need more buses,\" said the Oregon town's mayor, Lia Moreno."),
        [some("Lia Moreno")]
    );
}

#[test]
fn a_possessive_place_belongs_to_the_organisation_after_it() {
    assert_eq!(
        speakers("\"Stay indoors,\" tweeted Lima's Civil Defence Department."),
        [some("Lima's Civil Defence Department")]
    );
}

#[test]
fn local_offices_are_titles_not_part_of_the_name() {
    assert_eq!(
        speakers("Springfield Councilwoman Lia Moreno said the vote \"changes nothing.\""),
        [some("Lia Moreno")]
    );
}

#[test]
fn a_one_word_name_opening_a_speech_sentence_is_a_person() {
    // Without it, `he` fell back on the last person named, Ana Ruiz.
    assert_eq!(
        speakers(
            "Ana Ruiz spoke first.\n\nGarnett said he could not sleep.\n\n\"I am numb,\" he said."
        ),
        [some("Garnett")]
    );
    // A plural or a group's noun is no one's name.
    assert_eq!(speakers("Residents said it was \"pure chaos\"."), [None]);
    assert_eq!(speakers("Police said the road was \"unsafe\"."), [None]);
}

#[test]
fn a_name_described_as_a_person_in_apposition_is_a_person() {
    assert_eq!(
        speakers(
            "Stranded at the gate was Julia, a woman from Porto, who had flown in.\n\n\"We know nothing,\" she told reporters."
        ),
        [some("Julia")]
    );
    assert_eq!(
        speakers("Tomas, 52, waited by the door.\n\n\"It is cold,\" he said."),
        [some("Tomas")]
    );
    // A place described as a leader is not a person.
    assert_eq!(
        speakers("Peru, a leader in copper, met the press.\n\n\"Prices will rise,\" he said."),
        [None]
    );
}

#[test]
fn a_full_name_a_pronoun_agrees_with_is_a_person() {
    assert_eq!(
        speakers(
            "Tomas Berg is known for shouting at referees when his team loses.\n\n\"They never listen,\" he said."
        ),
        [some("Tomas Berg")]
    );
    // `its` is a body's, not a person's.
    assert_eq!(
        speakers(
            "Harbour Lights Trust is known for its parties.\n\n\"They never listen,\" he said."
        ),
        [None]
    );
}

#[test]
fn a_body_a_capitalised_word_marks_is_a_speaker() {
    assert_eq!(
        speakers("The Peruvian foreign ministry said the visit was \"a mistake\"."),
        [some("Peruvian foreign ministry")]
    );
    assert_eq!(
        speakers("\"No comment,\" said the Peruvian foreign ministry."),
        [some("Peruvian foreign ministry")]
    );
    // A body is `it`: `he` after it is someone unnamed.
    assert_eq!(
        speakers(
            "Ana Ruiz flew in. The Peruvian foreign ministry said the visit was \"a mistake\". \"We regret it,\" he said."
        ),
        [some("Peruvian foreign ministry"), None]
    );
    // `the ministry` alone does not say which one.
    assert_eq!(
        speakers("The ministry said the visit was \"a mistake\"."),
        [None]
    );
}

// Rules written after the blind set was measured (a second round), from
// the kinds of its misses; on invented sentences.

#[test]
fn titles_of_courts_schools_teams_and_ages_are_not_part_of_a_name() {
    assert_eq!(
        speakers("\"The appeal fails,\" CJ Ana Ruiz said."),
        [some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("\"I get cold,\" said junior Tomas Berg."),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers("\"We lost our shape,\" Scrum-half Tomas Berg said."),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers("Twenty-year-old Lia Moreno trains daily.\n\n\"I love it,\" she says."),
        [some("Lia Moreno")]
    );
}

#[test]
fn an_inverted_verb_whose_name_leads_in_with_a_colon() {
    assert_eq!(
        speakers("That is the view in Costa Verde, says Professor Ana Ruiz: \"It will rain.\""),
        [some("Ana Ruiz")]
    );
}

#[test]
fn a_title_alone_after_an_inverted_verb_is_its_holder() {
    assert_eq!(
        speakers("Chancellor Lia Moreno met the press.\n\n\"We agreed,\" says Chancellor."),
        [some("Lia Moreno")]
    );
    assert_eq!(
        speakers("Judge Lia Moreno heard the case.\n\n\"Sit down,\" said the judge."),
        [some("Lia Moreno")]
    );
    // No one was given the title: no one.
    assert_eq!(speakers("\"We agreed,\" says Chancellor."), [None]);
}

#[test]
fn a_pronoun_after_a_sentence_where_two_people_act_gets_no_speaker() {
    assert_eq!(
        speakers(
            "Striker Tomas Berg clashed with the referee, but coach Lia Moreno backed the decision. \"It was right,\" he said."
        ),
        [None]
    );
}

#[test]
fn an_outlets_report_does_not_displace_the_speaker() {
    assert_eq!(
        speakers(
            "Minister Ana Ruiz said the plan was ready, Harbour News reported on Monday.\n\n\"We start today,\" she said."
        ),
        [some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("\"We have affirmed our goals,\" reported Ana Ruiz."),
        [some("Ana Ruiz")]
    );
}

#[test]
fn dismissing_as_reports_speech() {
    assert_eq!(
        speakers("The Teachers Union dismissed the offer as \"an insult\"."),
        [some("Teachers Union")]
    );
}

#[test]
fn a_name_followed_by_a_team_in_a_caption_is_not_a_longer_name() {
    assert_eq!(
        speakers(
            "Lena Park scored as Lena Park insists the side must improve.\n\nLena Park Portugal\n\nPortugal lost again.\n\nLena Park: \"We must learn.\""
        ),
        [some("Lena Park")]
    );
}

// Rules from probing common attribution patterns with invented sentences,
// before the second fresh set was gathered.

#[test]
fn a_subject_before_a_relative_clause_is_the_speaker() {
    assert_eq!(
        speakers("\"We grew,\" Ana Ruiz, who chairs the board, told shareholders."),
        [some("Ana Ruiz")]
    );
}

#[test]
fn a_party_or_career_in_apposition_marks_a_person() {
    assert_eq!(
        speakers("\"We grew,\" Ana Ruiz, a Republican, said."),
        [some("Ana Ruiz")]
    );
}

#[test]
fn a_one_word_name_with_an_office_in_apposition_is_a_person() {
    assert_eq!(
        speakers("\"We grew,\" Jones, the mayor, said."),
        [some("Jones")]
    );
    // Not any title: `the leader` can be a country's.
    assert_eq!(
        speakers("\"We grew,\" Peru, the leader in copper, said."),
        [None]
    );
}

#[test]
fn a_name_after_a_preposition_is_not_the_speaker() {
    assert_eq!(
        speakers("\"We grew,\" a source close to Ana Ruiz said."),
        [None]
    );
    assert_eq!(
        speakers("\"We grew,\" a lawyer for Tomas Berg said."),
        [None]
    );
    // A statement from someone is theirs.
    assert_eq!(
        speakers("A statement from Ana Ruiz said: \"We grew.\""),
        [some("Ana Ruiz")]
    );
}

#[test]
fn a_full_name_whose_sentence_a_pronoun_speaks_after_is_a_person() {
    assert_eq!(
        speakers("Maria Lopez has lived on the street for 30 years.\n\n\"It is home,\" she said."),
        [some("Maria Lopez")]
    );
    // A body is no one's antecedent.
    assert_eq!(
        speakers("Harbour Lights Trust opened in May.\n\n\"It is home,\" she said."),
        [None]
    );
}

// Rules written after the second blind set was measured, from the kinds of
// its misses; on invented sentences.

#[test]
fn a_name_with_a_digit_is_no_person() {
    // `Galaxy S8 ... the S8`: a model's name recurring alone is no surname.
    assert_eq!(
        speakers("Acme launched the Nova X2. The X2 has no button.\n\n\"It is fast,\" he said."),
        [None]
    );
}

#[test]
fn clarifying_and_mentioning_report_speech() {
    assert_eq!(
        speakers("Ed said, \"What is that?\" and Stone clarified, \"We knew.\""),
        [some("Ed"), some("Stone")]
    );
}

#[test]
fn a_name_after_in_or_at_is_not_the_speaker() {
    assert_eq!(
        speakers("\"It was close,\" the head of the commission in Lagos said."),
        [None]
    );
    assert_eq!(
        speakers("The head of the commission in the Lagos State said it was \"close\"."),
        [None]
    );
}

#[test]
fn a_statement_released_by_a_body_is_the_bodys() {
    assert_eq!(
        speakers("A statement released by the Harbour Board on Monday said: \"We are open.\""),
        [some("Harbour Board")]
    );
    assert_eq!(
        speakers("\"We disagree,\" said a statement by the Ministry of Roads and Transport."),
        [some("Ministry of Roads and Transport")]
    );
}

#[test]
fn a_title_a_few_words_before_an_apposition_marks_a_person() {
    assert_eq!(
        speakers("Acme's chief of mobile sales, Lia Moreno, began by admitting a \"hard\" year."),
        [some("Lia Moreno")]
    );
}

#[test]
fn a_full_name_described_as_a_candidate_is_a_person() {
    assert_eq!(
        speakers("Tomas Berg, the opposition candidate, arrived.\n\n\"We will win,\" he said."),
        [some("Tomas Berg")]
    );
}

#[test]
fn the_name_right_after_an_opening_quotation_is_its_speaker() {
    assert_eq!(
        speakers(
            "\"We will win,\" Tomas Berg, fresh from a rally in the north, said in a statement."
        ),
        [some("Tomas Berg")]
    );
}

#[test]
fn a_time_of_day_between_subject_and_verb_is_skipped() {
    assert_eq!(
        speakers("Ana Ruiz on Friday night said the plan was \"dead\"."),
        [some("Ana Ruiz")]
    );
}

// Round 4 — after the third blind measurement (blind3), from its misses'
// kinds.

#[test]
fn verbs_of_manner_of_speaking_report_speech() {
    assert_eq!(
        speakers("\"Bring him back to us,\" 61-year-old farmer Rosa Quintero wept."),
        [some("Rosa Quintero")]
    );
    assert_eq!(
        speakers("\"Not again,\" groaned Tomas Berg, the goalkeeper."),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers("\"I never saw it coming,\" Lena Park gasped as she climbed out."),
        [some("Lena Park")]
    );
}

#[test]
fn speech_acts_addressed_to_someone_report_speech() {
    assert_eq!(
        speakers("Coach Lena Park assured parents that the pitch was \"perfectly safe\"."),
        [some("Lena Park")]
    );
    assert_eq!(
        speakers("Mayor Tomas Berg thanked volunteers for their \"tireless work\" on Sunday."),
        [some("Tomas Berg")]
    );
}

#[test]
fn an_inverted_verb_then_a_description_a_comma_and_the_name() {
    assert_eq!(
        speakers("\"We were told on Friday,\" says branch secretary, Rosa Quintero."),
        [some("Rosa Quintero")]
    );
    assert_eq!(
        speakers("\"Nobody warned us,\" said resident, Tomas Berg, outside the hall."),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers("\"It was late,\" said one of them, Mexico."),
        [None],
        "a place after the comma names no one"
    );
}

#[test]
fn a_relative_clauses_speech_verb_is_its_head_nouns() {
    assert_eq!(
        speakers(
            "Coach Lena Park named the squad after talks with several players, including \
             her captain Tomas Berg who said the team was \"hungry again\"."
        ),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers(
            "Judge Lena Park heard from three neighbours, one of whom said the noise was \
             \"constant\"."
        ),
        [None],
        "no name heads the clause: no speaker, not the main clause's subject"
    );
    assert_eq!(
        speakers("Judge Lena Park heard from the neighbours, who said the noise was \"constant\"."),
        [None]
    );
}

#[test]
fn a_pronoun_far_from_its_antecedent_means_a_subject_not_a_prepositions_object() {
    assert_eq!(
        speakers(
            "Inspector Tomas Berg opened the inquiry into the death of Mayor Pedro Alves.\n\
             The room was full. The rain kept falling outside.\n\
             \"We owe the family answers,\" he said."
        ),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers(
            "The inquiry opened in the office of Mayor Pedro Alves.\n\
             The room was full. The rain kept falling outside.\n\
             \"We owe the family answers,\" he said."
        ),
        [None],
        "only a preposition's object before: no one"
    );
}

#[test]
fn a_pronoun_after_an_unnamed_speaker_is_no_one_named() {
    assert_eq!(
        speakers(
            "\"We will win this seat,\" Senator Ana Ruiz told the rally.\n\
             A spokesman from Ruiz's campaign said turnout had doubled. He added that \
             volunteers worked all night.\n\
             \"The mood here is electric,\" he said."
        ),
        [some("Ana Ruiz"), None]
    );
    assert_eq!(
        speakers(
            "\"We will win this seat,\" Senator Tomas Berg told the rally.\n\
             Turnout had doubled since March.\n\
             \"The mood here is electric,\" he said."
        ),
        [some("Tomas Berg"), some("Tomas Berg")],
        "a sentence about no one keeps the speaker before"
    );
}

#[test]
fn a_quotation_then_a_described_name_with_no_verb_is_that_persons() {
    assert_eq!(
        speakers("\"The bridge will hold,\" Lena Park, the chief engineer on the project."),
        [some("Lena Park")]
    );
    assert_eq!(
        speakers("\"The bridge will hold,\" Lena Park, the river that runs below it."),
        [None],
        "a description of no person names no speaker"
    );
}

#[test]
fn a_person_noun_before_an_apposition_marks_a_person() {
    assert_eq!(
        speakers(
            "Berg's daughter, Rosa Quintero, spoke outside the court on Friday \
             saying she still believes in his \"good heart,\" and said, \"he will come \
             home.\""
        ),
        [some("Rosa Quintero"), some("Rosa Quintero")]
    );
}

#[test]
fn a_coordinated_verb_after_a_described_subject_is_that_persons() {
    assert_eq!(
        speakers(
            "Judge Lena Park opened the hearing at nine.\n\
             The judge read the charges twice, paused for a long time and then said \
             \"guilty\" without looking up."
        ),
        [some("Lena Park")]
    );
}

// Round 5 — after the fourth blind measurement (blind4), from its misses'
// kinds: structure more than vocabulary, and no speaker where the text
// does not say.

#[test]
fn a_passive_speech_verb_is_not_its_subjects_speech() {
    assert_eq!(
        speakers(
            "Tomas Berg, who had been up all night and was said to be \"close to tears\", \
             left the hall at noon."
        ),
        [None]
    );
    assert_eq!(
        speakers("Lena Park left the talks, which were described as \"hopeless\"."),
        [None]
    );
    assert_eq!(
        speakers("The plan was described as \"reckless\" by Senator Tomas Berg."),
        [some("Tomas Berg")],
        "an agent after `by` is the speaker"
    );
    assert_eq!(
        speakers("Lena Park was quoted as saying the deal was \"dead\"."),
        [some("Lena Park")],
        "quoted as saying: the subject spoke"
    );
}

#[test]
fn a_possessives_person_noun_is_someone_else_and_stays_unnamed() {
    assert_eq!(
        speakers(
            "Tomas Berg died in March.\n\
             \"We miss him every day,\" wrote Berg's sister, whose name was withheld.\n\
             \"He was kind to everyone,\" she wrote."
        ),
        [None, None]
    );
    assert_eq!(
        speakers(
            "Tomas Berg died in March.\n\
             Berg's sister said the family was \"broken\".\n\
             \"He was kind to everyone,\" she said."
        ),
        [None, None],
        "the possessive opening the sentence: she is the sister"
    );
    assert_eq!(
        speakers(
            "Tomas Berg died in March.\n\
             \"We miss him every day,\" wrote Berg's sister, whose name was withheld. \
             She said the house felt empty. She added that the garden was his.\n\
             \"He was kind to everyone,\" she wrote."
        ),
        [None, None],
        "she goes on being the sister over several sentences"
    );
    assert_eq!(
        speakers(
            "Tomas Berg died in March.\n\
             \"We miss him every day,\" wrote Berg's sister, Ana Berg."
        ),
        [some("Ana Berg")],
        "a name in apposition still names her"
    );
}

#[test]
fn a_bare_title_does_not_mean_a_holder_of_a_higher_or_lower_rank() {
    assert_eq!(
        speakers(
            "Chief Minister Ana Ruiz opened the meeting and questioned the minister, \
             Tomas Berg, about the roads.\n\
             \"Why are the buses late?\" Ruiz asked.\n\
             \"We have added buses,\" the minister replied."
        ),
        [some("Ana Ruiz"), some("Tomas Berg")]
    );
    assert_eq!(
        speakers(
            "Vice President Lena Park opened the session.\n\
             The vote was close.\n\
             \"We are ready,\" the president said."
        ),
        [None],
        "a vice president is not the president"
    );
    assert_eq!(
        speakers(
            "President Lena Park opened the session.\n\
             The vote was close.\n\
             \"We are ready,\" the president said."
        ),
        [some("Lena Park")],
        "the title itself still links"
    );
}

#[test]
fn a_line_break_in_the_middle_of_a_sentence_does_not_end_its_paragraph() {
    assert_eq!(
        speakers(
            "Mayor Ana Ruiz criticised the water board on Monday and said the service\n\
             had become \"a disgrace\", adding that repairs were late.\n\
             The board did not reply.\n\
             \"We are working on it,\" a board engineer said."
        ),
        [some("Ana Ruiz"), None]
    );
    assert_eq!(
        speakers(
            "Water board under fire\n\
             Tomas Berg said the pipes were \"old\".\n\
             \"We have a plan,\" Ana Ruiz said."
        ),
        [some("Tomas Berg"), some("Ana Ruiz")],
        "a headline with no stop still ends where the next line opens a sentence"
    );
}

#[test]
fn an_attribution_with_a_listener_after_a_quotations_own_stop() {
    assert_eq!(
        speakers(
            "The meeting ran late.\n\
             \"Where are the buses?\" Ana Ruiz asked the minister. \"People are waiting.\""
        ),
        [some("Ana Ruiz"), some("Ana Ruiz")]
    );
    assert_eq!(
        speakers(
            "The meeting ran late.\n\
             \"Where are the buses?\" Nobody in the hall could answer that question at all."
        ),
        [None],
        "a sentence that is not an attribution still starts after the stop"
    );
    assert_eq!(
        speakers(
            "Tomas Berg said, \"The talks went well.\" The Harbour Board confirmed the \
             meeting, which ran late."
        ),
        [some("Tomas Berg")],
        "a verb that addresses no listener opens a sentence of its own"
    );
}

#[test]
fn a_quotation_ending_in_a_comma_then_a_subject_and_a_lone_verb_is_its_speech() {
    assert_eq!(
        speakers(
            "\"The results surprised us,\" Lena Park said.\n\
             \"We ran the test twice,\" she continued. \"Then we called the team.\""
        ),
        [some("Lena Park"), some("Lena Park"), some("Lena Park")]
    );
    assert_eq!(
        speakers("\"In a way it was a gift,\" Tomas Berg reminisces."),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers("\"Keep out,\" the sign on the gate reads."),
        [None],
        "a subject that is no person says nothing"
    );
    assert_eq!(
        speakers("The crowd chanted \"more,\" Tomas Berg noticed."),
        [None],
        "only a quotation that opens its sentence"
    );
}

#[test]
fn a_participle_after_a_main_clause_is_the_main_clauses_subjects() {
    assert_eq!(
        speakers(
            "Judge Ana Ruiz told the court she would have given a longer term if the man \
             had not pleaded guilty, remarking that the case was \"grave\"."
        ),
        [some("Ana Ruiz")],
        "not the verb of the `if` clause nearer to it"
    );
    assert_eq!(
        speakers(
            "Mayor Tomas Berg closed the bridge on Monday, observing that it was \"not safe\"."
        ),
        [some("Tomas Berg")],
        "the participle of a speech verb reports speech"
    );
    assert_eq!(
        speakers(
            "Commenting on the new album, Lena Park, the band's manager, says, \"We went \
             back to our roots.\""
        ),
        [some("Lena Park")],
        "a participle opening the sentence has no subject to give"
    );
}

#[test]
fn a_lede_that_withholds_the_name_is_the_next_paragraphs_named_speaker() {
    assert_eq!(
        speakers(
            "Ferry services are \"likely to be cut,\" according to a senior harbour official.\n\n\
             Lena Park, director of the Harbour Board, said the cuts would start in May."
        ),
        [some("Lena Park")]
    );
    assert_eq!(
        speakers(
            "Harbour cuts ahead\n\n\
             A ferry skipper has said the service faces \"hard choices\" this year.\n\n\
             Lena Park, who runs the Harbour Board, told staff the cuts would start in May."
        ),
        [some("Lena Park")],
        "a headline before the lede"
    );
    assert_eq!(
        speakers(
            "Ferry services are \"likely to be cut,\" according to a senior harbour official.\n\n\
             Lena Park, director of the Harbour Board, resigned last year."
        ),
        [None],
        "the named person of the next paragraph says nothing"
    );
    assert_eq!(
        speakers(
            "The harbour was quiet on Monday.\n\n\
             Ferry services are \"likely to be cut,\" according to a senior harbour official.\n\n\
             Lena Park, director of the Harbour Board, said the cuts would start in May."
        ),
        [None],
        "only the lede withholds a name to give it next"
    );
}

// Round 6 — after the fifth blind measurement (blind5), from its misses'
// kinds.

/// The speakers of every quote of a briefing of several sources.
fn speakers_of(sources: &[&str]) -> Vec<Option<String>> {
    let named: Vec<(String, &str)> = sources
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("s{i}"), *t))
        .collect();
    let refs: Vec<(&str, &str)> = named.iter().map(|(id, t)| (id.as_str(), *t)).collect();
    extract(&refs).into_iter().map(|q| q.speaker).collect()
}

#[test]
fn an_acronym_made_plural_is_no_persons_name() {
    let harbour = "Tomas Berg said the Green MPs had walked out of the vote.\n\n\
                   The MPs' protest was \"a stunt\", he added.";
    assert_eq!(speakers(harbour), [some("Tomas Berg")]);
    let ferry = "Lena Park met certain MPs on Monday.\n\n\
                 \"We had an agreement,\" she said.";
    assert_eq!(
        speakers_of(&[harbour, ferry]),
        [some("Tomas Berg"), some("Lena Park")],
        "`MPs` of one article is not another article's `Green MPs`"
    );
}

#[test]
fn honorifics_and_post_nominals_are_not_part_of_a_name() {
    assert_eq!(
        speakers(
            "Lena Okafor, defending, spoke first.\n\n\
             Miss Okafor said: \"My client regrets it.\""
        ),
        [some("Lena Okafor")]
    );
    assert_eq!(
        speakers(
            "The hearing was chaired by Judge Tomas Berg QC.\n\n\
             Judge Berg QC called the outburst \"a disgrace\", adding that it would not \
             be tolerated."
        ),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers("\"We were lucky,\" said Ana Ruiz MBE, the club's founder."),
        [some("Ana Ruiz")]
    );
}

#[test]
fn a_bodys_name_then_a_lowercase_title_leads_into_the_speakers_name() {
    assert_eq!(
        speakers(
            "\"The reef is recovering,\" said Harbour Board marine ecologist and dive \
             leader Lena Park."
        ),
        [some("Lena Park")]
    );
    assert_eq!(
        speakers("The reef is \"recovering\", according to ACME senior engineer Tomas Berg."),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers("\"The reef is recovering,\" said Harbour Board on Monday in Lena Park."),
        [some("Harbour Board")],
        "no title between the body and the next name"
    );
}

#[test]
fn the_last_part_of_an_address_before_the_verb_is_a_place() {
    assert_eq!(
        speakers(
            "Mill worker Tomas Berg, 41, of Station Road, Avonford, said: \"We saw it \
             coming.\""
        ),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers("Ana Ruiz's son, Pablo, said: \"We saw it coming.\""),
        [some("Pablo")],
        "a name set off by commas with no address is still the subject"
    );
}

#[test]
fn a_bracketed_seat_between_a_name_and_its_relative_clause() {
    assert_eq!(
        speakers(
            "Tomas Berg said the vote was close.\n\n\
             Meanwhile, Ana Ruiz (Labour-Avonford), who voted against the bill, said there \
             was no deal.\n\n\
             \"We were never asked,\" she said."
        ),
        [some("Ana Ruiz")]
    );
}

#[test]
fn whoever_was_asked_answers_in_the_quotations_that_follow() {
    assert_eq!(
        speakers(
            "After the game, captain Tomas Berg was asked what went wrong. \"We lost \
             our shape.\"\n\n\
             \"They adapted better than we did.\""
        ),
        [some("Tomas Berg"), some("Tomas Berg")]
    );
    assert_eq!(
        speakers(
            "After the final, Wolves' captain Tomas Berg was asked what went wrong. \"We \
             lost our shape.\""
        ),
        [some("Tomas Berg")],
        "a possessive team before the title"
    );
    assert_eq!(
        speakers("Tomas Berg was asked about the \"secret deal\" on Monday."),
        [None],
        "the question's own words are not the answer"
    );
}

#[test]
fn an_apposition_whose_closing_comma_is_missing() {
    assert_eq!(
        speakers(
            "Lena Park, chief executive of Harbour Lights Home Care said: \"Check on your \
             neighbours.\""
        ),
        [some("Lena Park")]
    );
    assert_eq!(
        speakers("A source close to Harbour Lights Home Care said: \"Check on your neighbours.\""),
        [None],
        "a preposition's object with no apposition before it"
    );
}

#[test]
fn the_statement_or_the_body_that_just_spoke_is_its_speaker() {
    assert_eq!(
        speakers(
            "Two people were hurt, Avonford Police said in a statement.\n\n\
             \"The road will stay closed,\" the statement said.\n\n\
             \"Drivers should avoid the area.\""
        ),
        [some("Avonford Police"), some("Avonford Police")]
    );
    assert_eq!(
        speakers(
            "Avonford Ambulance Service said crews were at the scene. \"Two people are \
             hurt,\" the service said."
        ),
        [some("Avonford Ambulance Service")]
    );
    assert_eq!(
        speakers(
            "Tomas Berg said crews were at the scene. \"Two people are hurt,\" the service \
             said."
        ),
        [None],
        "a body's noun does not mean a person who spoke"
    );
    assert_eq!(
        speakers("The rain kept falling.\n\n\"The road will stay closed,\" the statement said."),
        [None],
        "no one spoke just before"
    );
}

#[test]
fn a_paragraph_that_introduces_one_person_hands_them_the_next_quotation() {
    assert_eq!(
        speakers(
            "The mill will close in May.\n\n\
             Mill worker Tomas Berg, 41, of Station Road, has worked there for 20 years.\n\n\
             \"It's a sad time for all of us.\""
        ),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers(
            "The mill will close in May.\n\n\
             The mill was bought by Tomas Berg in 1990.\n\n\
             \"It's a sad time for all of us.\""
        ),
        [None],
        "a name not introduced with a title or an age"
    );
    assert_eq!(
        speakers(
            "Mill worker Tomas Berg, 41, met the mayor, Ana Ruiz, on Monday.\n\n\
             \"It's a sad time for all of us.\""
        ),
        [None],
        "two people named"
    );
}

#[test]
fn a_bodys_name_in_another_article_is_no_fuller_form_of_a_word() {
    let storm = "The storm had \"turned north\", the National Hurricane Center said.";
    let vote = "Labour lost the vote.\n\n\"We will fight on,\" National said in a statement.";
    assert_eq!(
        speakers_of(&[storm, vote]),
        [some("National Hurricane Center"), some("National")]
    );
}

// Round 7 — after the sixth and seventh blind measurements (blind6,
// blind7), from their misses' structural causes.

#[test]
fn a_bodys_name_joined_by_an_ampersand_or_a_slash_leads_into_the_speakers_name() {
    assert_eq!(
        speakers("\"Margins will hold,\" said Harbour & Co analyst Lena Park."),
        [some("Lena Park")]
    );
    assert_eq!(
        speakers("\"Stay indoors,\" said North/East Rescue spokesman Tomas Berg."),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers("\"Stay indoors,\" said North/East Rescue on Monday."),
        [some("North")],
        "no title after the body: the old reading stands"
    );
}

#[test]
fn a_capitalised_speech_verb_is_no_part_of_the_name_after_it() {
    assert_eq!(
        speakers(
            "“The water came up fast,” Said Tomas Berg as he left.\n\n\
             “We can go back now,” said Berg."
        ),
        [some("Tomas Berg"), some("Tomas Berg")]
    );
    assert_eq!(
        speakers("\"We will talk again,\" said Said Jalili."),
        [some("Said Jalili")],
        "a two-word name may open with `Said`"
    );
}

#[test]
fn a_councillors_abbreviated_title_is_no_part_of_the_name() {
    assert_eq!(
        speakers(
            "The Mayor of Avonford, Cllr Ana Ruiz, said: “We were not consulted.”\n\n\
             Cllr Tomas Berg told the meeting he had written twice.\n\n\
             And Cllr Berg said he was “appalled” by the reply."
        ),
        [some("Ana Ruiz"), some("Tomas Berg")]
    );
}

#[test]
fn an_acronym_defined_in_brackets_stands_for_the_full_name() {
    assert_eq!(
        speakers(
            "The plant was inspected by the Avon Department of Water Quality (DWQ) on \
             Monday.\n\nThe DWQ said the levels were \"well within limits\"."
        ),
        [some("Avon Department of Water Quality")]
    );
    assert_eq!(
        speakers("Harbour Lights Trust (HLT) cut 200 jobs.\n\n\"It was a hard call,\" HLT said."),
        [some("Harbour Lights Trust")]
    );
    assert_eq!(
        speakers("Tomas Berg (NDP) won the seat.\n\n\"It was a hard call,\" NDP said."),
        [some("NDP")],
        "letters that are not the name's initials define nothing"
    );
}

#[test]
fn a_common_noun_that_opens_a_sentence_before_a_name_is_no_part_of_it() {
    assert_eq!(
        speakers(
            "Drummer Lena Park, told the radio station the band had split. \
             “We drifted apart,” Park said.\n\n“It was time,” she said."
        ),
        [some("Lena Park"), some("Lena Park")]
    );
    assert_eq!(
        speakers(
            "Anna Maria Lopez spoke first. “We drifted apart,” Lopez said. \
             Later Anna Maria Lopez left."
        ),
        [some("Anna Maria Lopez")],
        "a first name capitalised mid-sentence is part of the name"
    );
}

#[test]
fn a_possessive_description_then_a_full_name_is_the_sentences_subject() {
    assert_eq!(
        speakers(
            "Harbour have announced a new album, the label said.\n\n\
             The band’s Tomas Berg recently revealed that it was written at sea. \
             “I was listening to old records,” he added."
        ),
        [some("Tomas Berg")]
    );
}

#[test]
fn a_capitalised_run_after_a_lowercase_the_names_a_thing_not_a_person() {
    // The subject is no known person (`winner` is no title), so `she`
    // has no one to refer to; the book's title must not become her.
    assert_eq!(
        speakers(
            "Award winner Ana Ruiz is no stranger to prizes, but she’s grateful for the \
             boost the win will give Under the Silent Harbours. ”A book like mine is a hard \
             sell,” she says. While it may not be easy, Harbours is riveting."
        ),
        [None]
    );
}

#[test]
fn a_described_unnamed_subject_ends_the_previous_speakers_turn() {
    assert_eq!(
        speakers(
            "Ana Ruiz beat the qualifier Lena Park 4-6 6-4 6-4 on Monday.\n\n\
             “She played very well,” Ruiz said.\n\n\
             The young Dutchwoman was still all smiles in the press room.\n\n\
             “It is too early for me,” she said."
        ),
        [some("Ana Ruiz"), None]
    );
    assert_eq!(
        speakers(
            "Ana Ruiz beat the qualifier Lena Park 4-6 6-4 6-4 on Monday.\n\n\
             “She played very well,” Ruiz said.\n\n\
             The rain was still falling on the courts.\n\n\
             “It is too early for me,” she said."
        ),
        [some("Ana Ruiz"), some("Ana Ruiz")],
        "a sentence about a thing keeps the speaker in view"
    );
}

#[test]
fn a_body_that_ends_an_unclosed_apposition_is_not_the_subject() {
    assert_eq!(
        speakers(
            "Tomas Berg, spokesman for the regional water suppliers’ group Aqua tonight said \
             talks were essential.\n\n“The only way to resolve this is by talking,” he said."
        ),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers(
            "Members of the regional suppliers’ group Aqua tonight said talks were essential.\
             \n\n“The only way to resolve this is by talking,” the group said."
        ),
        [None],
        "no apposition: no one's name"
    );
}

#[test]
fn the_outlet_that_reported_a_named_speech_is_not_its_speaker() {
    assert_eq!(
        speakers(
            "Acme chief executive Ana Ruiz said the firm needed to “cut costs across the \
             board,” the Daily Courier reported."
        ),
        [some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("“Costs will be cut across the board,” the Daily Courier reported."),
        [some("Daily Courier")],
        "with no speaker named before, the outlet's report stands"
    );
}

#[test]
fn a_body_the_article_names_with_the_is_no_part_of_a_persons_name() {
    assert_eq!(
        speakers(
            "The Harbour Trust opened a shelter at the fairground.\n\n\
             “We will stay open tonight,” said Tomas Berg Harbour Trust Volunteer."
        ),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers(
            "The crowd cheered.\n\n\
             “We will stay open tonight,” said Tomas Berg Harbour Trust Volunteer."
        ),
        [some("Tomas Berg Harbour Trust Volunteer")],
        "no body named with `the`: the name stays as written"
    );
}

#[test]
fn a_word_given_an_article_and_put_before_a_name_describes_that_person() {
    assert_eq!(
        speakers(
            "Free buses were provided.\n\n\
             Reader Tomas Berg was one of the commuters affected.\n\n\
             Sharing a video of the station, Berg said he was worried he would be late.\n\n\
             “But some of my friends were late,” added the Reader."
        ),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers(
            "Free buses were provided.\n\n\
             “But some of my friends were late,” added the Reader."
        ),
        [some("Reader")],
        "with no one named after the word, the old reading stands"
    );
    assert_eq!(
        speakers(
            "Reader Tomas Berg was one of the commuters affected.\n\n\
             Reader Ana Ruiz said she was late too.\n\n\
             “But some of my friends were late,” added the Reader."
        ),
        [None],
        "a word before two people's names describes neither for sure"
    );
}

// Round 8 (from blind8's misses).

#[test]
fn one_word_after_an_honorific_is_a_surname_even_when_it_is_a_function_word() {
    assert_eq!(
        speakers(
            "Harbour pilot Ana How said the fog would lift by noon.\n\n\
             Ms How said that the ferries would wait.\n\n\
             “We will keep the boats in port until it clears,” she said.\n\n\
             “Nobody should sail tonight,” Ms How said."
        ),
        [some("Ana How"), some("Ana How")]
    );
}

#[test]
fn an_all_capitals_office_before_a_full_name_is_no_part_of_it() {
    assert_eq!(
        speakers(
            "Sales fell, but according to Larkfield CFO Tomas Berg, buyers chose cheaper boats.\n\n\
             “We cut the price on purpose,” Berg said on a call with analysts."
        ),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers("“We sail at dawn,” said Tomas Berg on Monday."),
        [some("Tomas Berg")],
        "a name with no such word stays whole"
    );
    assert_eq!(
        speakers("“The bridge is shut,” said the WRT River Authority."),
        [some("WRT River Authority")],
        "a body's name keeps its letters"
    );
    assert_eq!(
        speakers("“We sail at dawn,” said TJ Lena Park on Monday."),
        [some("TJ Lena Park")],
        "opening the name, the letters may be initials"
    );
}

#[test]
fn a_name_inside_a_relative_clause_before_the_verb_is_not_its_subject() {
    assert_eq!(
        speakers(
            "The port was shut for a week.\n\n\
             The visiting engineer, who met with Avonford's mayor Tomas Berg on Monday, \
             earlier accused the council of “overdue” repairs and said the port was “unsafe.”"
        ),
        [None, None]
    );
    assert_eq!(
        speakers(
            "Tomas Berg, who met the engineers on Monday, earlier accused the council of \
             “overdue” repairs."
        ),
        [some("Tomas Berg")],
        "a name heading the clause is the subject, adverb or not"
    );
}

#[test]
fn a_title_case_headline_is_no_subject_for_a_description_after_it() {
    assert_eq!(
        speakers(
            "Port Chief Fears Winter of Closures\n\n\
             The chief of the port authority gave a blunt warning of a \"winter of closures.\""
        ),
        [None]
    );
    assert_eq!(
        speakers(
            "Port chief Ana Ruiz met the unions.\n\n\
             The chief gave a blunt warning of a \"winter of closures.\""
        ),
        [some("Ana Ruiz")],
        "a sentence's subject still is one"
    );
}

#[test]
fn a_mark_right_after_a_colon_and_before_a_word_opens_the_quotation() {
    let quotes = run("“The talks went well,” Tomas Berg said as he left.\n\n\
         He added:”The harbour will stay open for a long time.\n\n\
         “We must keep it safe for every boat.”");
    assert_eq!(
        quotes,
        [
            ("The talks went well".to_string(), some("Tomas Berg")),
            (
                "The harbour will stay open for a long time. We must keep it safe for every boat."
                    .to_string(),
                some("Tomas Berg")
            ),
        ]
    );
}

#[test]
fn a_verb_joined_in_a_clause_with_its_own_unnamed_subject_is_not_the_first_subjects() {
    assert_eq!(
        speakers(
            "Avonford coach Tomas Berg was pleased with the win.\n\n\
             The head coach stayed away from the press room, but his assistant came \
             and said after the match: \"It was a hard game for us.\""
        ),
        [None]
    );
    assert_eq!(
        speakers(
            "Avonford coach Tomas Berg thanked his players and said after the match: \
             \"It was a hard game for us.\""
        ),
        [some("Tomas Berg")],
        "a possessive in the object is no new subject"
    );
}

// Round 9 (from blind9's misses).

#[test]
fn a_judges_rank_after_the_surname_is_no_part_of_the_name() {
    assert_eq!(
        speakers(
            "Ruling on the appeal, Holloway J said the claim was \"bound to fail\".\n\n\
             Marsh LJ added: \"There is nothing more to add.\""
        ),
        [some("Holloway"), some("Marsh")]
    );
    assert_eq!(
        speakers("\"The court will rise,\" Koome CJ said."),
        [some("Koome")],
        "a court's rank that is also a title before a name"
    );
}

#[test]
fn a_place_the_article_names_alone_opens_no_name() {
    assert_eq!(
        speakers(
            "The fishing talks will be held in Norway, said the minister of Fisheries \
             of Norway Ola Nilsen on Monday.\n\n\
             \"We are ready to sign,\" Nilsen said."
        ),
        [some("Ola Nilsen")]
    );
    assert_eq!(
        speakers(
            "She grew up in Jordan and moved to Leeds.\n\n\
             \"I am proud of the team,\" said Jordan Ruiz."
        ),
        [some("Jordan Ruiz")],
        "a two-word name keeps its first word"
    );
}

#[test]
fn a_passive_asked_in_a_clause_of_time_leaves_the_main_clauses_speaker() {
    assert_eq!(
        speakers(
            "Coach Tomas Berg said, when asked about the result : \"The players deserve it.\"\n\n\
             He then added when asked about the cup : \"We take one game at a time.\"\n\n\
             Coach Tomas Berg smiled when asked about the long season : \"We will rest now.\""
        ),
        [some("Tomas Berg"), some("Tomas Berg"), some("Tomas Berg")]
    );
    assert_eq!(
        speakers("When asked about the result, the fans shouted: \"Sack the board!\""),
        [None],
        "the main clause's subject still decides, and a crowd is no one"
    );
}

#[test]
fn a_verb_inside_another_speakers_reported_clause_leaves_the_sentence_to_the_main_speaker() {
    assert_eq!(
        speakers(
            "In his ruling, Judge Tomas Berg said defence counsel Ana Ruiz had asked him \
             to delay the hearing.\n\n\
             He explained: \"There is no reason to wait any longer.\""
        ),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers(
            "Tomas Berg said the hearing would go ahead, and Ana Ruiz told reporters she \
             would appeal.\n\n\
             She added: \"We are not finished.\""
        ),
        [some("Ana Ruiz")],
        "two clauses joined after a comma: the last speaker stands"
    );
}

#[test]
fn an_honorific_before_a_full_name_is_no_part_of_it_nor_what_stands_before_it() {
    assert_eq!(
        speakers(
            "Senate President Tan Sri Ahmad Ruiz Berg said the motion could wait.\n\n\
             \"I have not seen any list,\" he told reporters."
        ),
        [some("Ahmad Ruiz Berg")]
    );
    assert_eq!(
        speakers("\"The talks were useful,\" Sri Lanka said in a statement."),
        [some("Sri Lanka")],
        "before one word it opens a country's name"
    );
}

#[test]
fn a_verbs_particle_may_close_the_clause_after_a_quotation() {
    assert_eq!(
        speakers(
            "Mayor Tomas Berg took questions after the vote.\n\n\
             \"We will build the bridge,\" he went on. \"Nobody can stop it now.\"\n\n\
             \"Not this year,\" Ana Ruiz shot back."
        ),
        [some("Tomas Berg"), some("Tomas Berg"), some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("\"We will build the bridge,\" he went on holiday."),
        [None],
        "a particle with more after it is no verb's end"
    );
}

// Round 10 (from blind10's misses).

#[test]
fn a_page_of_quotations_each_followed_by_its_speaker_gives_each_to_the_paragraph_after() {
    assert_eq!(
        speakers(
            "What they said at the regatta\n\n\
             \"The wind turned on us in the last mile.\"\n\n\
             Harbour club skipper Tomas Berg was left to rue the weather.\n\n\
             \"We rowed the race we planned and it paid off.\"\n\n\
             Lena Park's crew took the title for a third time.\n\n\
             \"I have never been so tired in my life.\"\n\n\
             Veteran cox Ana Ruiz could barely stand at the finish."
        ),
        [some("Tomas Berg"), some("Lena Park"), some("Ana Ruiz")]
    );
    assert_eq!(
        speakers(
            "Tomas Berg said: \"We will be back next year.\"\n\n\
             \"The crew deserved more.\"\n\n\
             Lena Park watched from the bank."
        ),
        [some("Tomas Berg"), some("Tomas Berg")],
        "a page whose first quotation has a speaker is laid out as usual"
    );
}

// Round 11 (from blind11's misses).

#[test]
fn an_office_after_the_leading_into_a_body_is_a_description_not_a_name() {
    assert_eq!(
        speakers(
            "Acting Housing Minister Tomas Berg visited the flooded estate on Monday.\n\n\
             The second-term Member of Parliament said, \"Our crews are doing their best.\""
        ),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers("A senior Member of the Regional Parliament said, \"The data are clear.\""),
        [None],
        "with no one in view, the office names no one"
    );
}

#[test]
fn a_quotation_set_inside_a_name_is_a_nickname_no_one_said() {
    assert_eq!(
        speakers(
            "Council Leader Ana \"Nana\" Ruiz on Friday urged members to keep politics \
             out of the budget."
        ),
        [None]
    );
    assert_eq!(
        speakers("Ana Ruiz on Friday urged members to \"keep politics out\" of the budget."),
        [some("Ana Ruiz")],
        "a partial after a lowercase word is still the speaker's"
    );
}

#[test]
fn a_pronoun_after_a_described_person_and_a_name_in_its_sentence_is_nobodys() {
    assert_eq!(
        speakers(
            "In the chamber, Tomas Berg claimed the mayor had offended \"thousands of \
             voters\" when she said she \"loathes\" the party."
        ),
        [some("Tomas Berg"), None]
    );
    assert_eq!(
        speakers("In the chamber, Tomas Berg praised the budget. Later he said it was \"fair\"."),
        [some("Tomas Berg")],
        "a pronoun with no description between still finds its antecedent"
    );
}

// Round 12 (from blind12's misses).

#[test]
fn a_name_the_article_uses_as_a_place_is_no_ones_antecedent() {
    let text = "Foreign Minister Ana Ruiz said that most visitors who had been to Sri Lanka \
                have found the roads calm.\n\
                Among the delegations to have visited Sri Lanka recently was an All Party \
                delegation from Norway and a delegation from the Nordic Council.\n\
                \u{201c}Every one of them saw the new schools,\u{201d} the Trade Minister said \
                on Monday.\n\
                Asked about the floods and the harm they will do to Sri Lanka, the Trade \
                Minister said that aid to clinics in Sri Lanka has doubled.\n";
    assert_eq!(
        speakers(text),
        [None],
        "a place in view is not the minister"
    );
    assert_eq!(
        speakers(
            "Among the donors to have visited the clinic lately was resident Tomas Berg.\n\n\
             \"We have come a long way,\" he said. Ana Ruiz stayed in Port Vila."
        ),
        [some("Tomas Berg")],
        "a person in view still is"
    );
}

// Round 13 (from blind13's misses).

#[test]
fn a_short_form_with_a_joining_words_lowercase_initial_is_the_bodys_name() {
    assert_eq!(
        speakers(
            "The Board of Trustees (BoT) met on Monday.\n\n\
             \"Fees will not rise this year,\" the BoT said."
        ),
        [some("Board of Trustees")],
        "`BoT` is defined in brackets"
    );
    assert_eq!(
        speakers("Lena Park (PhD) spoke first.\n\n\"It was a hard call,\" the PhD said."),
        [some("PhD")],
        "a mixed-case form not spelt by the name before it defines nothing"
    );
}

#[test]
fn a_quoted_name_or_term_inside_a_noun_phrase_is_no_ones_words() {
    assert_eq!(
        speakers(
            "\"We thank every volunteer,\" Ana Ruiz said at the \"Hands Together\" dinner \
             on Friday."
        ),
        [some("Ana Ruiz"), None],
        "a dinner's name"
    );
    assert_eq!(
        speakers("Tomas Berg said the \"Clean Streets\" drive had ended in Leeds."),
        [None],
        "a campaign's name"
    );
    assert_eq!(
        speakers("Tomas Berg said the \"truly awful\" delays were over."),
        [some("Tomas Berg")],
        "a lowercase partial inside a noun phrase is still his"
    );
    assert_eq!(
        speakers("Tomas Berg said the plan was a \"total mess\" and should go."),
        [some("Tomas Berg")],
        "a partial that ends the noun phrase is still his"
    );
}

// Round 14 (from blind14's and blind15's misses).

#[test]
fn an_academic_title_is_cut_from_the_front_of_a_name() {
    assert_eq!(
        speakers(
            "Prof Lena Park opened the new library on Monday.\n\n\
             \"Books still matter,\" Prof Park said."
        ),
        [some("Lena Park")],
        "`Prof` without a stop, British style, as `Dr` is"
    );
    assert_eq!(
        speakers("\"The data are clear,\" said Prof Tomas Berg."),
        [some("Tomas Berg")]
    );
}

#[test]
fn a_country_between_a_lowercase_title_and_a_full_name_is_no_part_of_the_name() {
    assert_eq!(
        speakers("Team manager of Portugal Tomas Berg: \"We wanted the ball more.\""),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers("\"It was a long season,\" the head coach of Kenya Lena Park said."),
        [some("Lena Park")]
    );
    assert_eq!(
        speakers("\"We will appeal,\" said a lawyer for Tomas Berg."),
        [None],
        "with no country, a lowercase title's `for` still names the client, who is not the speaker"
    );
}

#[test]
fn a_surname_a_pair_shares_is_not_filled_out_to_either_name() {
    assert_eq!(
        speakers(
            "Farmers such as Tomas and Lena Berg, from Dunmore, want rain.\n\n\
             \"The dams are empty,\" Mr Berg said."
        ),
        [some("Berg")],
        "`Mr Berg` is Tomas or Lena: not Lena Berg by guess"
    );
    assert_eq!(
        speakers(
            "Lena Berg runs the farm at Dunmore.\n\n\
             \"The dams are empty,\" Berg said."
        ),
        [some("Lena Berg")],
        "one person with the surname: her full name, as before"
    );
}

#[test]
fn a_capitalised_run_before_a_plural_person_noun_is_no_subject() {
    assert_eq!(
        speakers(
            "Tomas Berg, head of the Dunmore Rail Group, wants the line kept.\n\
             Furious Dunmore farmers have marched against the plan.\n\
             He said: \"We will not give up.\""
        ),
        [some("Tomas Berg")],
        "`Furious Dunmore` qualifies `farmers`: it names no one"
    );
}

#[test]
fn a_full_name_before_a_comma_and_who_is_a_persons() {
    assert_eq!(
        speakers(
            "Ana Ruiz has run the bakery for years, and she is tired.\n\n\
             Next door is Tomas Berg, who sells shoes.\n\n\
             He has cut his prices. \"Nobody is buying,\" he said."
        ),
        [some("Tomas Berg")],
        "`who` marks Tomas Berg a person, so `he` is not Ana Ruiz"
    );
}

#[test]
fn a_phrase_a_peoples_adjective_opens_is_no_ones_name() {
    assert_eq!(
        speakers("Danish Ferries Halted: \"We Cannot Sail In This Wind\""),
        [None],
        "a headline's phrase"
    );
    assert_eq!(
        speakers("\"Talks will go on,\" the Danish Foreign Ministry said."),
        [some("Danish Foreign Ministry")],
        "a body's name keeps its adjective"
    );
}

// Round 15 (from blind16's and blind17's misses).

#[test]
fn a_capitalised_word_with_no_vowel_before_a_name_is_an_abbreviated_title() {
    assert_eq!(
        speakers(
            "Mayor Lena Park said the dam was full.\n\n\
             \"We will open the gates,\" Cr Park said."
        ),
        [some("Lena Park")],
        "an Australian councillor's `Cr`, never listed, is a title by its shape"
    );
    assert_eq!(
        speakers(
            "Cllrs Tomas Berg and Ana Ruiz objected.\n\n\"It is a waste,\" said Cllrs Tomas Berg."
        ),
        [some("Tomas Berg")],
        "a plural abbreviation too"
    );
    assert_eq!(
        speakers("\"The road is shut,\" Cpl Ana Ruiz said."),
        [some("Ana Ruiz")]
    );
    assert_eq!(
        speakers("\"We expect more rain,\" Ng Wai Ling said."),
        [some("Ng Wai Ling")],
        "`Ng`, a surname with no vowel, stays in the name"
    );
}

#[test]
fn police_and_military_ranks_are_titles_not_part_of_a_name() {
    assert_eq!(
        speakers(
            "Detective Senior Sergeant Lena Park is leading the inquiry.\n\n\
             \"We need to hear from anyone who was there,\" Ms Park said."
        ),
        [some("Lena Park")],
        "a rank inside a run of titles is no given name"
    );
    assert_eq!(
        speakers("\"The convoy left at dawn,\" said Brigadier Tomas Berg."),
        [some("Tomas Berg")]
    );
    assert_eq!(
        speakers("\"Roads are closed,\" Supt Ana Ruiz said."),
        [some("Ana Ruiz")]
    );
}

#[test]
fn a_title_after_an_indefinite_article_is_someone_unnamed() {
    assert_eq!(
        speakers(
            "Gunmen shot police constable Tomas Berg on his way home.\n\n\
             \"He was hit twice,\" said an official at the station."
        ),
        [None],
        "`an official` is not the constable named before"
    );
    assert_eq!(
        speakers(
            "Judge Lena Park heard the case on Monday.\n\n\
             \"The case is closed,\" said the judge."
        ),
        [some("Lena Park")],
        "a definite title still names its holder"
    );
}

#[test]
fn a_compound_adjective_opens_no_name() {
    assert_eq!(
        speakers(
            "Springfield, Texas-based Acme Energy said it will shut its plant.\n\n\
             \"Demand has collapsed,\" the company said in a statement."
        ),
        [some("Acme Energy")],
        "`Texas-based` says where the company is; it is no part of its name"
    );
    assert_eq!(
        speakers("\"I love it here,\" said London-born Tomas Berg."),
        [some("Tomas Berg")]
    );
}

#[test]
fn a_press_job_inside_a_capitalised_run_ends_the_outlets_name() {
    assert_eq!(
        speakers(
            "On Monday, Dunmore Gazette Columnist Lena Park wrote about the levy.\n\n\
             Ms. Park accused the board of \"playing politics with our money.\""
        ),
        [some("Lena Park")],
        "the outlet and the job stand before the name, not in it"
    );
    assert_eq!(
        speakers("\"Nobody saw it coming,\" said presenter Tomas Berg."),
        [some("Tomas Berg")]
    );
}

#[test]
fn a_bodys_unnamed_spokeswoman_is_who_she_means_next() {
    assert_eq!(
        speakers(
            "Mayor Ana Ruiz said the rain was the worst in years.\n\n\
             \"I have never seen anything like it,\" she said.\n\n\
             A Dunmore Shire Council spokeswoman said crews could not check every road.\n\n\
             She also warned drivers to obey \"road closed\" signs."
        ),
        [some("Ana Ruiz"), None],
        "`she` is the council's unnamed spokeswoman, not the mayor quoted before"
    );
}

// Round 16 (from blind18's misses).

#[test]
fn a_reply_verb_after_a_quote_inverts_as_said_does() {
    assert_eq!(
        speakers(
            "\"The bridge can wait a year,\" said Cllr Lena Park.\n\n\
             \"It cannot wait a week,\" answered Cllr Tomas Berg.\n\n\
             \"We will vote on it in March,\" responded the chairman, Ana Ruiz."
        ),
        [some("Lena Park"), some("Tomas Berg"), some("Ana Ruiz")],
        "the name after `answered` or `responded` is who answered"
    );
}

#[test]
fn a_titles_initials_before_a_surname_are_that_title() {
    assert_eq!(
        speakers(
            "Senior Inspector Lena Park opened the inquiry on Monday.\n\n\
             SI Park said the records were incomplete. \"We cannot go on like this,\" she said."
        ),
        [some("Lena Park")],
        "`SI` is the initials of `Senior Inspector`, not a given name"
    );
    assert_eq!(
        speakers(
            "Senior Inspector Lena Park opened the inquiry.\n\n\
             \"We have the files,\" said JT Park, her brother."
        ),
        [some("JT Park")],
        "initials that are not the title's stay the name as written"
    );
}

#[test]
fn the_body_a_source_named_is_who_its_noun_means() {
    assert_eq!(
        speakers(
            "The Dunmore High Court on Monday criticised the county for its delays.\n\n\
             \"Nobody answers my letters,\" Justice Lena Park said.\n\n\
             The court said the county should have written to the family.\n\n\
             \"You have had a year to do this,\" the court said."
        ),
        [some("Lena Park"), some("Dunmore High Court")],
        "`the court` is the one court the article named, not the judge"
    );
    assert_eq!(
        speakers(
            "The Dunmore High Court sent the case back to the Avonford Supreme Court.\n\n\
             \"Nobody answers my letters,\" Justice Lena Park said.\n\n\
             The court said the county should have written to the family.\n\n\
             \"You have had a year to do this,\" the court said."
        ),
        [some("Lena Park"), None],
        "with two courts named, `the court` is neither for sure"
    );
}

#[test]
fn a_lone_quotation_after_a_sentence_about_one_person_is_theirs() {
    assert_eq!(
        speakers(
            "Storm chaser Lena Park drove four hours to reach the plains.\n\n\
             Park blames the forecast for the wasted trip. \"We were told it would hit by noon. \
             It never came.\""
        ),
        [some("Lena Park")],
        "the quotation follows a sentence about Park and reports no one else"
    );
    assert_eq!(
        speakers(
            "\"Go home,\" one neighbour told Tomas Berg at the meeting. \"Nobody wants \
             this tower here.\""
        ),
        [None, None],
        "after a sentence that reports speech, the lone quotation is not the listener's"
    );
}

// Round 17 (from blind22's misses).

#[test]
fn a_full_name_after_a_fronted_phrase_is_whom_she_next_means() {
    assert_eq!(
        speakers(
            "\u{201c}The ferry is late again,\u{201d} admitted Tomas Berg, a Dunmore resident.\n\n\
             In Avonford, Lena Park tried to find the new stop.\n\n\
             \u{201c}Nobody told us anything,\u{201d} she said."
        ),
        [some("Tomas Berg"), some("Lena Park")],
        "the subject after `In Avonford,` is who `she` next means, not the last speaker"
    );
    assert_eq!(
        speakers(
            "\u{201c}The ferry is late again,\u{201d} admitted Tomas Berg, a Dunmore resident.\n\n\
             In Avonford, the new stop was hard to find.\n\n\
             \u{201c}Nobody told us anything,\u{201d} he said."
        ),
        [some("Tomas Berg"), some("Tomas Berg")],
        "a fronted phrase with no name after it leaves the speaker as he was"
    );
}

#[test]
fn speech_in_a_relative_clause_on_an_object_leaves_the_subject_salient() {
    assert_eq!(
        speakers(
            "\u{201c}The pool must stay open,\u{201d} said Cr Tomas Berg.\n\n\
             Cr Omar Diaz rejected criticism from Cr Berg, who suggested the council had wasted money.\n\n\
             \u{201c}We cannot spend what we do not have,\u{201d} he said."
        ),
        [some("Tomas Berg"), some("Omar Diaz")],
        "`he` means the sentence's subject, not the one who spoke in the `, who` clause"
    );
    assert_eq!(
        speakers(
            "\u{201c}The pool must stay open,\u{201d} said Cr Tomas Berg.\n\n\
             Cr Omar Diaz, who suggested the council had wasted money, left early.\n\n\
             \u{201c}We cannot spend what we do not have,\u{201d} he said."
        ),
        [some("Tomas Berg"), some("Omar Diaz")],
        "a clause on the subject itself keeps the subject"
    );
}

#[test]
fn an_attribution_after_a_question_keeps_its_apposition_and_clause_of_time() {
    assert_eq!(
        speakers(
            "\u{201c}Where has the ferry gone?\u{201d} Lena Park, of Avonford, said after waiting an hour at the pier."
        ),
        [some("Lena Park")],
        "`Name, of Place, said after ...` closes the quotation's sentence"
    );
    assert_eq!(
        speakers(
            "\u{201c}Where has the ferry gone?\u{201d} Tomas Berg, 34, said when the pier emptied."
        ),
        [some("Tomas Berg")],
        "an age set off by commas, then `said when ...`"
    );
    assert_eq!(
        speakers(
            "\u{201c}Where has the ferry gone?\u{201d} Nobody at the pier knew, and the office was shut."
        ),
        [None],
        "a new sentence with no speech verb gives no speaker"
    );
}

// Round 18 (from blind20's and blind23's misses).

#[test]
fn a_pronoun_never_means_whom_its_quotation_calls_mr() {
    assert_eq!(
        speakers(
            "Plans for the shed were filed by Tomas Berg in June.\n\n\
             Mr Berg\u{2019}s complaint was heard on Tuesday, at a meeting which cleared Mr Diaz of the charge.\n\n\
             \u{201c}Mr Diaz\u{2019}s conduct was self-serving,\u{201d} he said."
        ),
        [None],
        "the quotation calls Diaz `Mr Diaz`: `he` is not Diaz, and no one else is sure"
    );
    assert_eq!(
        speakers(
            "Plans for the shed were filed by Tomas Berg in June.\n\n\
             Mr Berg\u{2019}s complaint was heard on Tuesday, at a meeting which cleared Mr Diaz of the charge.\n\n\
             \u{201c}The process was fair,\u{201d} he said."
        ),
        [some("Diaz")],
        "a quotation that names no one keeps the antecedent as it was"
    );
    assert_eq!(
        speakers(
            "The members met Omar Diaz on Tuesday.\n\n\
             After Mr Diaz left the hall, \u{201c}I was treated fairly,\u{201d} he said."
        ),
        [some("Omar Diaz")],
        "named before the pronoun, outside the quotation, he may be `he`"
    );
}

#[test]
fn the_word_after_a_rank_is_an_office_not_a_given_name() {
    assert_eq!(
        speakers(
            "Harbour Board Chief Hydrologist Lena Park said: \u{201c}The tide will turn by noon.\u{201d}\n\n\
             Deputy Registrar Tomas Berg said: \u{201c}The files are safe.\u{201d}"
        ),
        [some("Lena Park"), some("Tomas Berg")],
        "`Hydrologist` and `Registrar` follow a rank: offices, not given names"
    );
    assert_eq!(
        speakers("Chief Lena Park said: \u{201c}The tide will turn by noon.\u{201d}"),
        [some("Lena Park")],
        "after a rank, two capitalised words are the name itself"
    );
}

#[test]
fn short_capital_letters_after_a_full_name_are_no_part_of_it() {
    assert_eq!(
        speakers(
            "Commenting on the report, Shadow Minister for Housing, Lena Park MLA, said: \u{201c}The queue is far too long.\u{201d}\n\n\
             \u{201c}We will fund the ferry,\u{201d} said Tomas Berg MSP."
        ),
        [some("Lena Park"), some("Tomas Berg")],
        "`MLA` and `MSP` are a member's letters"
    );
    assert_eq!(
        speakers("\u{201c}The crown will endure,\u{201d} King Olaf Haakon VII said."),
        [some("Olaf Haakon VII")],
        "a regnal number stays"
    );
}

// Round 19 (from blind24's and blind25's misses).

#[test]
fn a_stop_after_a_vowelless_title_does_not_end_the_sentence() {
    assert_eq!(
        speakers(
            "Cllr. Lena Park asked for the minutes of the meeting.\n\n\
             \u{201c}The ferry will run in May,\u{201d} said Cllr. Berg.\n\n\
             \u{201c}We have no money for it,\u{201d} Cpl. Omar Diaz said."
        ),
        [some("Berg"), some("Omar Diaz")],
        "`said Cllr. Berg`: the stop is the title's, the name is the speaker"
    );
}

#[test]
fn a_short_head_of_government_title_is_no_given_name() {
    assert_eq!(
        speakers(
            "Prime Minister Dr Lena Parkes opened the session on Monday.\n\n\
             Later PM Parkes said \u{201c}the bridge will be built by spring.\u{201d}\n\n\
             Cathaoirleach Tomas Berg, chairing the meeting, said: \u{201c}We will vote on it next week.\u{201d}\n\n\
             \u{201c}The vote is final,\u{201d} said Berg."
        ),
        [some("Lena Parkes"), some("Tomas Berg"), some("Tomas Berg")],
        "`PM` and `Cathaoirleach` are titles: `PM Parkes` is Lena Parkes"
    );
}

// Round 20 (from the misses of sets already tuned; blind19, 21, 26 and 27
// untouched by it).

#[test]
fn a_full_name_before_of_a_body_no_list_knows_is_the_speaker() {
    assert_eq!(
        speakers(
            "Lena Park of Harbour Light Capital said the fleet was \u{201c}in good shape.\u{201d}\n\n\
             Dr Tomas Berg of Avonford said: \u{201c}The river is rising.\u{201d}\n\n\
             Friends of Avonford said it would \u{201c}keep watching.\u{201d}"
        ),
        [some("Lena Park"), some("Tomas Berg"), None],
        "`X of Y said`: a full or titled name before `of` speaks for itself; \
         a lone capitalised word there names no one"
    );
}

#[test]
fn speech_acts_that_judge_or_disclose_report_their_subjects_words() {
    assert_eq!(
        speakers(
            "Lena Park blamed the delay on a \u{201c}shortage of parts\u{201d} at the yard.\n\n\
             Tomas Berg alleged that the tender was \u{201c}rigged from the start.\u{201d}\n\n\
             Omar Diaz welcomed the \u{201c}long overdue\u{201d} repairs."
        ),
        [some("Lena Park"), some("Tomas Berg"), some("Omar Diaz")],
        "`blamed`, `alleged`, `welcomed` report what their subject said"
    );
}

#[test]
fn a_description_with_a_complement_is_headed_by_the_word_before_it() {
    assert_eq!(
        speakers(
            "Lena Park, director of the Avonford Museum, opened the dig.\n\n\
             The director of the Avonford Museum said the find was \u{201c}a first for the region.\u{201d}\n\n\
             Tomas Berg, the MP for Avonford, spoke at the rally.\n\n\
             \u{201c}We will not wait,\u{201d} the MP for Avonford said."
        ),
        [some("Lena Park"), some("Tomas Berg")],
        "`the director of X said`: the director, not the body the complement names"
    );
}

// Round 21 (from blind28's and blind29's misses).

#[test]
fn a_members_title_and_a_pilgrims_honorific_are_no_part_of_a_name() {
    assert_eq!(
        speakers(
            "\u{201c}The fares are too high,\u{201d} Standing Committee Member Lena Park said.\n\n\
             \u{201c}We will win the seat,\u{201d} Alhaji Tomas Berg said.\n\n\
             \u{201c}It was a good day,\u{201d} said Berg."
        ),
        [some("Lena Park"), some("Tomas Berg"), some("Tomas Berg")],
        "`Member` and `Alhaji` are titles before a name"
    );
}

#[test]
fn a_question_verb_reports_its_subjects_words() {
    assert_eq!(
        speakers(
            "Lena Park spoke to the council on Monday.\n\n\
             \u{201c}Where is the money?\u{201d} she questioned.\n\n\
             \u{201c}Who signed it?\u{201d} queried Tomas Berg."
        ),
        [some("Lena Park"), some("Tomas Berg")],
        "`questioned` and `queried` report speech, and invert as `asked` does"
    );
}

#[test]
fn a_document_named_for_a_body_is_the_bodys() {
    assert_eq!(
        speakers(
            "Avonford's Ministry of Water Resources (MWR) said the dam was safe.\n\n\
             A MWR statement said, \u{201c}The reservoir will stay open all summer.\u{201d}"
        ),
        [some("Ministry of Water Resources")],
        "`A MWR statement said`: the ministry's, and an owner before the long form is no part of it"
    );
}

// Round 22 (from the misses of blind28 and blind31, measured before it).

#[test]
fn a_name_ending_in_a_country_is_no_one_a_pronoun_means() {
    let speakers_in = |sources: &[(&str, &str)], source: &str| -> Vec<Option<String>> {
        extract(sources)
            .into_iter()
            .filter(|q| q.source == source)
            .map(|q| q.speaker)
            .collect()
    };
    // Another source makes a body named for a country speak, which made
    // the country's name alone a person's short form.
    let other = (
        "b",
        "\u{201c}Fees must rise,\u{201d} Universities UK said on Monday.",
    );
    assert_eq!(
        speakers_in(
            &[
                other,
                (
                    "a",
                    "Lena Park was named vice-chancellor in January.\n\n\
                     At a seminar on the impact of UK universities abroad, she said money was short.\n\n\
                     \u{201c}We have a worrying future,\u{201d} she said."
                )
            ],
            "a"
        ),
        [some("Lena Park")],
        "`UK` is a country, not a short form of `Universities UK`"
    );
    let airline = (
        "b",
        "\u{201c}Flights are late,\u{201d} Virgin Australia said.",
    );
    assert_eq!(
        speakers_in(
            &[
                airline,
                (
                    "a",
                    "The Commonwealth Bank of Australia was hit by an outage.\n\n\
                     \u{201c}We are sorry,\u{201d} a bank spokeswoman said.\n\n\
                     \u{201c}Branches stay open,\u{201d} she added."
                )
            ],
            "a"
        ),
        [None, None],
        "the spokeswoman goes unnamed; `Australia` is no person"
    );
}

#[test]
fn a_speech_verb_after_an_article_is_a_noun_and_reports_no_one() {
    assert_eq!(
        speakers(
            "Prosecutor Lena Park told the court that the accused was \
             \u{201c}in no state to drive\u{201d}."
        ),
        [some("Lena Park")],
        "`the accused` is a person, not the verb nearest the quotation"
    );
}

#[test]
fn a_pronoun_after_a_named_subject_makes_no_person_of_the_sentence_before() {
    assert_eq!(
        speakers(
            "Acme Weekly was unable to confirm the date. Ana Ruiz has said she will attend.\n\n\
             The hall was full on Friday, and Acme Weekly counted a long queue.\n\n\
             \u{201c}It was a good night,\u{201d} she said."
        ),
        [some("Ana Ruiz")],
        "`she` in `Ana Ruiz has said she` is Ana Ruiz, so `Acme Weekly` stays no person"
    );
}

#[test]
fn an_unnamed_speaker_after_a_conjunction_is_still_someone_new() {
    assert_eq!(
        speakers(
            "Lena Park accused the minister of snubbing the union.\n\n\
             But a spokesperson for the ministry told reporters that the visit was a \
             \u{201c}political matter\u{201d}. It was up to ministers \
             \u{201c}whether to go or not\u{201d}, she added."
        ),
        [None, None],
        "`she` goes on with the unnamed spokesperson, not Lena Park"
    );
}

#[test]
fn a_lowercase_description_before_a_full_name_after_the_verb_is_the_speakers() {
    assert_eq!(
        speakers(
            "\u{201c}We will print twice a week,\u{201d} said publisher Lena Park.\n\n\
             \u{201c}It was a long night,\u{201d} said goalie Tomas Berg, who made 40 saves."
        ),
        [some("Lena Park"), some("Tomas Berg")],
        "`publisher` and `goalie` are no titles, but they describe the name after them"
    );
}

#[test]
fn a_bare_quotation_after_a_paragraph_about_someone_already_quoted_is_theirs() {
    assert_eq!(
        speakers(
            "\u{201c}We bowled badly,\u{201d} Lena Park said.\n\n\
             The home side made 495 in reply.\n\n\
             While the bowlers toiled, Park refrained from pointing fingers, \
             instead admiring the batting.\n\n\
             \u{201c}They had their plans. The bowlers tried their best.\u{201d}\n\n\
             Tomas Berg made 163.\n\n\
             \u{201c}It was a flat pitch.\u{201d}"
        ),
        [some("Lena Park"), some("Lena Park"), None],
        "Park was quoted before; Berg, about whom the paragraph is, never was"
    );
}

#[test]
fn abbreviated_offices_and_agent_are_titles() {
    assert_eq!(
        speakers(
            "Local MLA Lena Park visited the village on Monday.\n\n\
             \u{201c}The two villages worked together,\u{201d} the MLA said.\n\n\
             \u{201c}Prices are up,\u{201d} Acme Livestock Agent Tomas Berg stated.\n\n\
             \u{201c}We found the car,\u{201d} DC Ana Ruiz said."
        ),
        [some("Lena Park"), some("Tomas Berg"), some("Ana Ruiz")],
        "`MLA`, `Agent` and `DC` stand before a name and are no part of it"
    );
}

#[test]
fn police_ranks_of_other_forces_and_unstopped_ranks_are_titles() {
    assert_eq!(
        speakers(
            "\u{201c}Some boys were sighted,\u{201d} SP Tomas Berg said.\n\n\
             \u{201c}The roads will be busy,\u{201d} ACP Ana Ruiz said.\n\n\
             \u{201c}Drain the canals,\u{201d} Gen Lena Park said."
        ),
        [some("Tomas Berg"), some("Ana Ruiz"), some("Lena Park")],
        "`SP`, `ACP` and `Gen` stand before a name and are no part of it"
    );
}

#[test]
fn a_quoted_name_the_text_also_writes_bare_is_no_ones_words() {
    assert_eq!(
        speakers(
            "Acme Weather said \u{201c}Rolly\u{201d} was 900 km east of the coast.\n\n\
             Forecasters expect Typhoon Rolly to make landfall on Sunday.\n\n\
             Lena Park was asked if she would leave. \u{201c}No,\u{201d} she said."
        ),
        [None, some("Lena Park")],
        "`Rolly` is the storm's name; `No` is written nowhere else and is an answer"
    );
}

#[test]
fn a_clause_opened_by_but_has_its_own_subject() {
    assert_eq!(
        speakers(
            "Justice Lena Park began to question the lawyer, but Chief Justice Tomas Berg \
             intervened, asserting, \u{201c}The counsel may speak freely.\u{201d}\n\n\
             Ana Ruiz opened the hearing, but later stated that the case was \
             \u{201c}far from simple\u{201d}."
        ),
        [some("Tomas Berg"), some("Ana Ruiz")],
        "the participle is the `but` clause's subject's; with none there, the sentence's"
    );
}

#[test]
fn a_name_after_a_preposition_and_an_adjective_is_not_the_subject() {
    assert_eq!(
        speakers(
            "The priest at the funeral of murdered Garda Tomas Berg has pleaded: \
             \u{201c}Turn the killers in.\u{201d}\n\n\
             A spokesman for former Mayor Lena Park said the city was \u{201c}in mourning\u{201d}."
        ),
        [None, None],
        "the dead garda and the former mayor are spoken of, not speaking"
    );
}

#[test]
fn an_unknown_name_after_a_titled_name_and_a_comma_is_their_party() {
    assert_eq!(
        speakers(
            "Seconding, Councillor Tomas Berg, Avonford Independent said: \
             \u{201c}I have raised this with the police.\u{201d}\n\n\
             In Avonford, Lena Park said: \u{201c}We will wait.\u{201d}"
        ),
        [some("Tomas Berg"), some("Lena Park")],
        "a titled name before the comma speaks; a place before it does not"
    );
}
