package dev.taskfit.advise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explicit, inspectable cues from the guidance, read from a task description: what the task <em>produces</em>
 * (new content: write, compose, generate, synthesise, continue, fill in) versus what it <em>judges</em> (a
 * label, score, decision, ranking or detection about inputs that exist); pipeline words; negation; a tool from
 * the wrong family; steps done by a person; the data's modality; and which shipped classifier it points to.
 * Every cue quotes the words it rests on. The rules follow {@code src/data/advise/LABELLING.md}; section
 * numbers below refer to it.
 *
 * <p>The cues give a verdict of their own: judging and producing steps both present means composite, only
 * judging means discriminative, only producing means generative, neither means no verdict. {@link Advisor}
 * weighs that verdict against its classifier.
 */
public final class TaskCues {

    /**
     * A task's cues and the family they point to. {@code strong} is false when the verdict rests only on words
     * that name a topic or describe content ("risk", "realistic", "descriptions") rather than state a step.
     */
    public record Reading(List<Cue> cues, Family verdict, boolean strong, List<Cue> judging, List<Cue> producing,
                          String modality, String modelHint) {

        /** The cues of one kind, in text order. */
        public List<Cue> of(Cue.Kind kind) {
            return cues.stream().filter(c -> c.kind() == kind).toList();
        }

        /**
         * {@code task} with the words of every negation blanked out (2.2: label what remains once what the task
         * does not want is set aside): what the advisor's classifier reads, in training and in use. Offsets are
         * kept, so the classifier's evidence still points into the task.
         */
        public String withoutNegated(String task) {
            List<Cue> negations = of(Cue.Kind.NEGATION);
            if (negations.isEmpty()) {
                return task;
            }
            char[] chars = task.toCharArray();
            for (Cue negation : negations) {
                for (int i = negation.start(); i < negation.start() + negation.text().length(); i++) {
                    chars[i] = ' ';
                }
            }
            return new String(chars);
        }
    }

    private enum Role { JUDGE, PRODUCE, NONE }

    private enum State { COUNTED, NEGATED, HUMAN, MISUSED_TOOL, EXISTING, MODIFIER }

    /** Verb forms of producing words that are participles ("AI-written"), i.e. may describe existing content. */
    private static final Pattern PARTICIPLE = Pattern.compile(
            "written|rewritten|generated|regenerated|created|produced|made|drafted|designed|composed|translated"
                    + "|synthesi[sz]ed|simulated|sampled|rendered|summari[sz]ed|captioned|completed|imputed|restored"
                    + "|invented|authored|painted|drawn");

    // ---- 2.1-2.13: words that judge (a label, score, decision, ranking, detection about given inputs) ----

    private static final Pattern JUDGE_WORD = Pattern.compile(String.join("|",
            "classif(?:y|ies|ied|ying|ication|ications|ier|iers)", "categori[sz](?:e|es|ed|ing|ation|er|ers)",
            "label(?:s|led|ed|ling|ing)?", "tag(?:s|ged|ging)?", "flag(?:s|ged|ging)?",
            "detect(?:s|ed|ing|ion|ions|or|ors)?", "identif(?:y|ies|ied|ying|ication)",
            "recogni[sz](?:e|es|ed|ing|er|ers|ion)", "spot(?:s|ting|ted)?", "mark(?:s|ed|ing)?",
            "scor(?:e|es|ed|ing|er|ers)", "rank(?:s|ed|ing|ings|er|ers)?", "reranker",
            "sort(?:s|ed|ing)?", "triag(?:e|es|ed|ing)", "moderat(?:e|es|ed|ing|ion)", "check(?:s|ed|ing|er|ers)?",
            "verif(?:y|ies|ied|ying|ication|ier|iers)", "validat(?:e|es|ed|ing|ion|or)", "vet(?:s|ted|ting)?",
            "approv(?:e|es|ed|ing|al)", "reject(?:s|ed|ing)?", "veto(?:es|ed|ing)?", "block(?:s|ed|ing)?",
            "decid(?:e|es|ed|ing)", "decisions?", "predict(?:s|ed|ing|ion|ions|or|ors)?",
            "estimat(?:e|es|ed|ing|ion)", "forecast(?:s|ed|ing)?", "grad(?:e|es|ed|ing)",
            "assess(?:es|ed|ing|ment)?", "evaluat(?:e|es|ed|ing|ion)", "measur(?:e|es|ed|ing)",
            "segment(?:s|ed|ing|ation)?", "locat(?:e|es|ed|ing)", "dedup\\w*", "deduplicat\\w*",
            "recommend\\w*", "retriev(?:e|es|ed|ing|al)", "search(?:es|ed|ing)?", "pick(?:s|ed|ing)?",
            "choos(?:e|es|ing)", "select(?:s|ed|ing)?", "judg(?:e|es|ed|ing|ement)", "distinguish\\w*", "discriminat\\w*", "diagnos\\w*",
            "filter(?:s|ed|ing)?", "find(?:s|ing)?", "extract(?:s|ed|ing|ion)?",
            "transcri(?:be|bes|bed|bing|ption|ptions)", "ocr", "ner", "ids", "audit(?:s|ed|ing)?",
            "inspect(?:s|ed|ing|ion)?", "monitor(?:s|ed|ing)?", "discard(?:s|ed|ing)?",
            "withh(?:old|olds|eld|olding)", "determin(?:e|es|ed|ing)", "whether", "tracking", "count(?:s|ed|ing)?",
            "rates|rated|rating|ratings", "verdicts?", "probabilit(?:y|ies)", "likelihood", "likely", "odds",
            "risk(?:s|y)?", "analysis|analy[sz]ers?|analyser", "screen(?:ed|ing)?", "gat(?:e|es|ed|ing)",
            "outliers?", "discriminators?", "scanners?", "linters?", "assign(?:s|ed|ing)?", "prioriti[sz](?:e|es|ed|ing)",
            "annotat(?:e|es|ed|ing|ion|ions)", "highlight(?:s|ed|ing)?", "cluster(?:s|ed|ing)?", "quantif(?:y|ies|ied|ying)", "alert(?:s|ed|ing)?"));

    /** Phrases that judge: closed sets of answers, yes/no questions, "which of", "whether", likelihoods. */
    private static final List<Pattern> JUDGE_PHRASES = compile(
            "\\bas (?:[\\w'-]+ (?:, )?){1,4}(?:or|vs|versus) [\\w']+",
            "\\b[\\w']+ (?:vs|versus) [\\w']+",
            "\\bor not\\b", "\\byes or no\\b",
            "\\b(?:is|are) there (?:an?|any) (?:[\\w'-]+ ){1,6}\\?",
            "\\b(?!and\\b)[a-z][\\w']+ / (?!or\\b)[a-z][\\w']+|\\by / n\\b",
            "\\b(?:is|are) (?:it|this|these|that) (?:[\\w'-]+ (?:, )?){0,6}or\\b",
            "(?:^|[.?!;:,-] )(?:is|are|does|do|did|will|was|has|have) (?:this|these|it|each|the|a|an|my|our|his|her"
                    + "|their|that|any)\\b(?!(?: [\\w'-]+){0,5} (?:idea|plan|approach|reasonable|sensible|overkill|possible"
                    + "|way|right|family|worth|smart|wasteful|ok|okay|good|fine)\\b)(?: [\\w',-]+){1,12} \\?",
            "\\bwhich (?:of|ones?)\\b",
            "\\bwhich (?:[\\w'-]+ ){1,3}(?:is|are|was|were|will|would|have|has|had|contain|contains|show|shows|look"
                    + "|looks|belong|belongs|mention|mentions|need|needs|get|gets|break|breaks|violate|violates|slip"
                    + "|slips|read|reads|match|matches|sound|sounds|fit|fits|appear|appears|pass|passes|fail|fails"
                    + "|go|goes|hit|hits|cause|causes|deserve|deserves|meet|meets)\\b",
            "\\b(?:say|says|tell|tells|check|checks|know|decide|decides|determine|determines|see|predict|predicts"
                    + "|verify|judge|ask|asks|answer)(?: [\\w']+){0,2} if\\b",
            "\\bone of\\b",
            "\\binto (?:[\\w'-]+ ){0,3}(?:categories|classes|types|groups|buckets|piles|queues|bins|levels|tiers"
                    + "|segments|topics|themes|departments|areas)\\b",
            "\\binto (?:[\\w'-]+ ){1,3}(?:or|vs) [\\w']+",
            "\\b(?:how likely|chances? of)\\b",
            "\\btell (?:[\\w']+ )?apart\\b",
            "\\btells? (?:us |me |them |him |her )?(?:which|whether|if|when)\\b",
            "\\b(?:answer|answers|reply|respond|say|output|return)(?: with)? (?:just|only) (?:[\\w'-]+ ){1,2}or\\b",
            "\\b(?:rate|rates) (?:each|every|the|them|it|how|their|its|all)\\b",
            "\\bmatch(?:es|ed|ing)? (?:each|every|the|them|it|job|to|against)\\b",
            "\\bmatch(?:es|ed|ing)? (?:[\\w'-]+ ){1,3}(?:to|against) (?:the|a|an|our|their|its|each|every)\\b",
            "\\battribut(?:e|es|ed|ing) (?:[\\w'-]+ ){1,3}to (?:the|a|an|our|their|its|each|every|one)\\b",
            "\\brout(?:e|es|ed|ing) (?:[\\w'-]+ ){1,3}to (?:the|a|an|our|their|its|each|every|right|correct)\\b",
            "\\brout(?:e|es|ed|ing) (?:the|each|every|it|them|incoming|citizen|to|messages|tickets|requests|calls"
                    + "|emails)\\b",
            "\\btrack(?:s|ed)? (?:each|every|the|players?|objects?|them|vehicles)\\b");

    /** Filters that keep or drop candidates (2.14: a judging step when something is produced to filter). */
    private static final List<Pattern> GATE_PHRASES = compile(
            "\\bkeep(?:s|ing)? (?:only|just|those|ones|any|the (?:ones?|top|best|\\d+|[\\w'-]+est|[\\w'-]+ ones))\\b",
            "\\bonly (?:keep|publish|publishing|send|sending|show|showing|serve|apply|merge|post|posting|ship)\\b",
            "\\b(?:keep|publish|send|show|serve|apply|merge|post|ship)(?:s|ing)? only\\b",
            "\\bdrop(?:s|ped|ping)? (?:any|the|those|all|anything|ones|them|it|clips|tweets|internal|rows)\\b",
            "\\bdiscard(?:s|ed|ing)?\\b",
            "\\bthrow(?:s|ing)? (?:[\\w'-]+ )?(?:away|out)\\b",
            "\\bfilter(?:s|ed|ing)? (?:[\\w'-]+ )?out\\b",
            "\\breject(?:s|ed|ing)?\\b",
            "\\bveto(?:es|ed|ing)?\\b",
            "\\bblock(?:s|ed|ing)?\\b",
            "\\bwithh(?:old|olds|eld|olding)\\b",
            "\\bhold(?:s)? back\\b",
            "\\bcut (?:the|any|those|all)\\b",
            "\\bremov(?:e|es|ing) (?:any|those|ones)\\b",
            "\\bgat(?:e|es|ed|ing)\\b",
            "\\bonly (?:[\\w'-]+ ){0,4}(?:pass|passes|survive|survives|get through|go out|reach|reaches)\\b",
            "\\bmust (?:[\\w'-]+ ){0,2}(?:pass|clear|approve|okay|ok|be checked|be screened|be classified|be vetted"
                    + "|be fact)\\b",
            "\\b(?:screened|vetted|checked|gated|filtered|approved|verified|moderated|graded) by\\b");

    /** Words that order steps (2.14: they make a pipeline, not by themselves a composite). */
    private static final List<Pattern> SEQUENCE_PHRASES = compile(
            "\\bthen\\b", "\\bafterwards\\b", "\\bfollowed by\\b", "\\bboth\\b", "\\bplus\\b", " \\+ ",
            "\\bbefore (?:[\\w'-]+ ){0,2}(?:send|sending|sent|publish|publishing|published|posting|post|display"
                    + "|displaying|shown|showing|show|runs?|use|merge|merging|going out|goes out|anyone|they go)\\b");

    // ---- 2.4, 2.8-2.12: words that produce (new content, samples, continuations, completions) ----

    private static final Pattern PRODUCE_WORD = Pattern.compile(String.join("|",
            "writ(?:e|es|ing|ten)", "wrote", "rewrit(?:e|es|ing|ten)", "rewrote", "compos(?:e|es|ed|ing)",
            "generat(?:e|es|ed|ing|ion|ions|or|ors|ive)", "regenerat(?:e|es|ed|ing|ion)", "creat(?:e|es|ed|ing)",
            "draft(?:s|ed|ing)?", "author(?:s|ed|ing)?", "produc(?:e|es|ed|ing)", "mak(?:e|es|ing)", "made",
            "design(?:s|ed|ing)?", "invent(?:s|ed|ing)?", "draw(?:s|ing|n)?", "drew", "paint(?:s|ed|ing)?",
            "render(?:s|ed|ing|ings)?", "illustrat(?:e|es|ed|ing|ion|ions)",
            "(?:re)?synthesi[sz](?:e|es|ed|ing)", "synthesis", "synthetic(?:ally)?", "synth", "simulat(?:e|es|ed|ing|ion|ions)",
            "sampl(?:e|ed|ing)", "translat(?:e|es|ed|ing|ion|ions)", "dub(?:s|bed|bing)?",
            "summar(?:ise|ises|ised|ising|ize|izes|ized|izing|y|ies|isation|ization)",
            "paraphras(?:e|es|ed|ing)", "rephras(?:e|es|ed|ing)", "reword(?:s|ed|ing)?",
            "caption(?:s|ed|ing)?", "continu(?:e|es|ed|ing|ation|ations)", "extend(?:s|ed|ing)?",
            "autocomplet\\w*", "completions?", "imput(?:e|es|ed|ing|ation|ations)", "inpaint\\w*",
            "restor(?:e|es|ed|ing|ation)", "reconstruct(?:s|ed|ing|ion)?", "upscal\\w*",
            "colou?ri[sz](?:e|es|ed|ing|ation)", "denois(?:e|es|ed|ing)", "interpolat\\w*",
            "propos(?:e|es|ed|ing|al|als)", "brainstorm\\w*", "convert(?:s|ed|ing)?", "refactor\\w*", "port",
            "fabricat(?:e|es|ing)", "clone|cloning", "narrat(?:e|es|ed|ing|ion|or)",
            "explain(?:s|ed|ing)?", "explanations?", "describ(?:e|ed|ing)", "descriptions?",
            "repl(?:y|ies|ied|ying)", "respond(?:s|ed|ing)?", "responses?", "chatbots?", "assistant", "codegen",
            "tts", "storytelling", "augment(?:s|ed|ing|ation)?", "implement(?:s|ed|ing|ation)?",
            "expand(?:s|ed|ing)?", "variations?", "variants?", "writer", "realistic", "plausible", "fictitious",
            "lookalike", "novel", "fresh", "imaginary", "hypothetical", "mock", "aloud", "lyrics", "poems?",
            "haiku", "limerick", "lullaby", "jingles?", "suggestions?", "gen", "condens(?:e|es|ed|ing)", "shorten(?:s|ed|ing)?", "animat(?:e|es|ed|ing|ion)", "prose", "imagin(?:e|es|ing)"));

    private static final List<Pattern> PRODUCE_PHRASES = compile(
            "\\bcomes? up with\\b", "\\bcame up with\\b", "\\bdream up\\b", "\\bmake up\\b", "\\bmade up\\b",
            "\\bfill(?:s|ed|ing)? (?:in|the|them|it|gaps|missing|with)\\b",
            "\\bcarry on\\b", "\\bboil (?:[\\w'-]+ ){0,4}down\\b", "\\bthe gist\\b",
            "\\banswer(?:s|ed|ing)? (?:each|every|the|customer|customers|questions?|it|them|user|users|patients?|in|all"
                    + "|any|this)\\b",
            "\\btext to (?:image|speech|video|sql|music|audio|3d)\\b",
            "\\b(?:sketch|image|speech|photo) to (?:image|text|speech|video)\\b",
            "\\bstyle transfer\\b", "\\bvoice over\\b", "\\bsuper resolution\\b",
            "\\bsuggest(?:s|ed|ing)? (?:replies|reply|a|an|new|fixes|names|ideas|titles|text|\\d+)\\b",
            "\\bturn(?:s|ed|ing)? (?:[\\w'-]+ ){1,6}into\\b",
            "\\bhow (?:[\\w'-]+ ){1,3}(?:continues|continue|goes on|go on|would go|would sound|would look|could look"
                    + "|might look|will look|would play|ends|unfolds)\\b",
            "\\bwhat (?:[\\w'-]+ ){0,8}(?:would|could|might) (?:look|sound|play|say|do|be|happen)\\b",
            "\\brepla(?:ce|ces|ced|cing) (?:[\\w'-]+ ){0,4}with (?:an? |the )?(?:generated|new|synthetic|plausible|realistic"
                    + "|fresh)\\b",
            "\\bcomes? (?:next|after)\\b",
            "\\bwhat (?:[\\w'-]+ ){1,4}(?:will|would) (?:type|say|write|play|draw|sing) next\\b",
            "\\bauto (?:- )?complet(?:e|es|ed|ing|ion)\\b",
            "\\bnext (?:word|words|sentence|sentences|line|lines|bars|bar|notes|note|phrase|move|chapter|verse"
                    + "|stanza|stanzas|frames|frame|paragraph)\\b",
            "\\bthe rest of\\b", "\\bthe following bars\\b",
            "\\b(?:many|several|multiple|\\d+|thousands?|hundreds?|lots of) (?:[\\w'-]+ ){0,2}(?:paths|sequences"
                    + "|scenarios|trajectories|curves|samples|futures|conformations|fields|variations|variants|versions)\\b",
            "\\bby (?:drawing )?sampling\\b", "\\bdrawing samples\\b",
            "\\bnot (?:one|a single) (?:number|value|figure|forecast)\\b",
            "\\b(?:joint )?distribution of\\b", "\\bshape of (?:the|our|your) data\\b",
            "\\bnew (?:[\\w'-]+ ){0,2}(?:designs?|levels?|molecules|images|songs|music|maps|ones|versions|variations"
                    + "|examples|samples|data|records|content|layouts|characters|types|backgrounds|videos|logos|emoji"
                    + "|puzzles|quests?|stories|text|copy|art|artwork|sounds|voices|faces|tracks|beats|binders|spectra"
                    + "|sequences|creatives)\\b",
            "\\bmissing (?:words|wording|page|pages|values|cells|pixels|frames|slices|views|parts|code|answers"
                    + "|readings|data|hours|notes|text)\\b",
            "\\bblanks?\\b", "\\bgaps\\b");

    /** Judging words that name a topic rather than state a step ("a risk", "likely", "the credit decision"). */
    private static final Pattern WEAK_JUDGE = Pattern.compile(
            "risks?|risky|likely|likelihood|probabilit(?:y|ies)|odds|outliers?|analysis|verdicts?|decisions?"
                    + "|ratings?|recommend(?:ation|ations)|alerts?|judgement");

    /** Producing words that are steps: verbs, and nouns that name a generator or a generation task. */
    private static final Pattern STRONG_PRODUCE_NOUN = Pattern.compile(
            "chatbots?|generators?|generations?|generative|codegen|tts|storytelling|autocomplet\\w*|inpaint\\w*"
                    + "|upscal\\w*|augmentation|aloud|gen|synth|interpolat\\w*|colou?ri[sz]ation|denois\\w*");

    // ---- 2.1: the object decides. What a producing verb's object is. ----

    /** Producing verbs whose object may be a judgement ("generate a relevance score" is discriminative). */
    private static final Pattern OBJECT_CHECKED = Pattern.compile(
            "writ(?:e|es|ing|ten)|compos(?:e|es|ing)|generat(?:e|es|ed|ing)|creat(?:e|es|ing)|produc(?:e|es|ing)"
                    + "|mak(?:e|es|ing)|made|summar(?:ise|ises|ize|izes|ising|izing)|draft(?:s|ing)?|author"
                    + "|design(?:s|ing)?|draw(?:s|ing)?");

    /** Verbs that say nothing until their object does ("give me a score per essay"). */
    private static final Pattern NEUTRAL_VERB = Pattern.compile("give|gives|output|outputs|return|returns|provide|provides|put");

    private static final Pattern JUDGEMENT_NOUN = Pattern.compile(
            "scores?|labels?|flags?|verdicts?|category|categories|classification|grades?|ratings?|tags?|decisions?"
                    + "|probabilit(?:y|ies)|likelihood|rankings?|shortlist|yes|y|pass|approve|true|predictions?|predicted"
                    + "|estimates?|level|priority|priorities|alert|alarm|timestamps|topics?|segment|recommendations|boxes|box"
                    + "|masks?"
                    + "|risk");

    /** Judgement words that need "for each", "per" or "next to" after them ("a number for each search hit"). */
    private static final Pattern PER_ITEM_NOUN = Pattern.compile("numbers?|values?|figures?");

    private static final Pattern CONTENT_NOUN = Pattern.compile(
            "emails?|letters?|repl(?:y|ies)|responses?|texts?|messages?|descriptions?|summar(?:y|ies)|notes?"
                    + "|reports?|explanations?|essays?|articles?|stor(?:y|ies)|poems?|images?|photos?|pictures?|videos?"
                    + "|clips?|audio|music|songs?|tracks?|code|tests?|captions?|copy|ads?|posts?|paragraphs?|sentences?"
                    + "|comments?|feedback|answers?|versions?|drafts?|designs?|content|data|dataset|records?|samples?"
                    + "|examples?|variations?|variants?|brief|briefs|plans?|guides?|scripts?|documents?|headlines?"
                    + "|slogans?|taglines?|titles?|names?|instructions|narration|commentary|proposals?|bios?|speech"
                    + "|voices?|illustrations?|renderings?|scenarios?|hints?|tips?|guidance|announcements?|questions?"
                    + "|quiz|flashcards|lyrics|jingles?|stories|version|rewrite|translation|translations|fix|fixes|patch"
                    + "|patches|cards?|levels|exercises|documentation|docs|leaflets?|letters?|outline|article");

    private static final Pattern SYSTEM_NOUN = Pattern.compile(
            "something|model|models|system|tool|app|pipeline|classifier|detector|filter|bot|service|solution");

    /** Judging verbs whose object may be new content ("predict how a melody continues" is generative). */
    private static final Pattern CONTINUATION_CHECKED = Pattern.compile(
            "predict(?:s|ed|ing)?|estimat(?:e|es|ing)|forecast(?:s|ing)?|detect|guess|imagine");

    /** After "predict", "estimate" or "forecast": the object is a continuation, a completion or samples. */
    private static final Pattern CONTINUATION_WORD = Pattern.compile(
            "continues?|continuation|continuations|rest|missing|blanks?|gaps|wording|body|accompaniment|bassline"
                    + "|conformations|paths|sequences|trajectories|scenarios|curves|samples|sampling|would|could|might"
                    + "|new|fill|lines|bars|notes|sentence|word|words|move|after|realistic|possible|plausible");

    /** After "detect", "guess" or "imagine": only a hypothetical makes the object new content. */
    private static final Pattern HYPOTHETICAL_WORD = Pattern.compile("would|could|might");

    // ---- 2.3: tools from the wrong family ----

    private static final Pattern GENERATIVE_TOOL = Pattern.compile(
            "\\b(?:llms?|gpt[\\w.]*|chatgpt|claude|gemini|llama|mistral|large language models?|language models?"
                    + "|generative (?:models?|ai)|diffusion models?|stable diffusion|midjourney|dall e"
                    + "|(?:music|text|image) generator(?: model)?)\\b");

    private static final Pattern DISCRIMINATIVE_TOOL = Pattern.compile(
            "\\b(?:classifiers?|categori[sz]ers?|detectors?|recogni[sz]ers?|spotters?|predictors?|regression"
                    + "|random forest|svm|xgboost|bert|resnet|discriminators?|filter|analy[sz]ers?|scorers?"
                    + "|(?:risk|churn|fraud|sentiment|spam|toxicity|cheat|detection|classification|recognition|scoring"
                    + "|win|propensity) models?)\\b");

    /** Words that end a tool's left edge ("use [a ResNet image classifier]"). */
    private static final Set<String> TOOL_LEFT_STOP = Set.of("a", "an", "the", "our", "my", "your", "their", "its",
            "this", "that", "same", "existing", "use", "using", "train", "to", "with", "by", "and", "or", "of", "for",
            "as", "can", "get", "have", "has", "we", "i", "it", "is", "run", "through", "let", "great", "trained",
            "big", "giant", "one", "hosted", "also", "again", "repurpose", "retrained", "fine", "tune", "ask");

    // ---- 2.2: negation ----

    private static final Set<String> NEGATORS = Set.of("don't", "dont", "doesn't", "doesnt", "didn't", "isn't",
            "aren't", "wasn't", "weren't", "won't", "can't", "cannot", "not", "never", "without", "skip", "forget",
            "nothing", "neither", "nor", "instead", "rather");

    /** After a negator, these make it additive ("not just flag them, also draft a reply"). */
    private static final Set<String> ADDITIVE = Set.of("just", "only", "merely", "simply", "enough", "alone");

    /** In a negation's scope, these say the output must be checked, not that it is unwanted. */
    private static final Set<String> UNCHECKED = Set.of("raw", "unchecked", "unscreened", "unfiltered", "unvetted",
            "pure", "directly", "straight", "unsupervised");

    private static final Set<String> SCOPE_END = Set.of("but", "just", "only", "instead", "rather", "we", "i",
            "i'm", "we're", "now", "also", "so", "actually", "please", "pls");

    private static final Set<String> CLAUSE_MARKS = Set.of(".", ";", ":", "!", "?", "-", ",");

    private static final List<Pattern> BACKWARD_NEGATIONS = compile(
            "\\b(?:is|are) (?:solved|done|handled|covered|not needed|not required|not part of it|not the point"
                    + "|not the goal|out of scope)\\b",
            "\\bno (?:, )?(?:actually|wait)\\b", "\\bjust kidding\\b", "\\bscratch that\\b", "\\bnever mind\\b",
            "\\? no \\.", "\\b[\\w']+ free\\b");

    // ---- 1: steps done by a person are not model steps ----

    private static final Set<String> HUMAN_ACTORS = Set.of("analyst", "analysts", "lawyer", "lawyers", "editor",
            "editors", "human", "humans", "person", "people", "staff", "doctor", "doctors", "teacher", "teachers",
            "reviewer", "reviewers", "radiologist", "radiologists", "copywriter", "copywriters", "moderators",
            "recruiter", "recruiters", "manager", "managers", "chemists", "clinicians", "designers", "i", "i'll");

    private static final Set<String> HUMAN_MARKS = Set.of("myself", "manually", "ourselves", "hand");

    // ---- modality and the shipped classifiers a task points to ----

    private static final Map<String, Pattern> MODALITIES = modalities();

    private static final Pattern SPAM_HINT = Pattern.compile(
            "\\b(?:spam\\w*|junk|unsolicited|ham|bulk mail|phishing|unwanted advertising|advertising spam)\\b");
    private static final Pattern SENTIMENT_HINT = Pattern.compile(
            "\\b(?:sentiment|polarity|positive|negative|happy|unhappy|mood|tone|upbeat|cheerful|gloomy|pleased"
                    + "|annoyed|angry|opinion|satisfied|dissatisfied|reviews?)\\b");

    private static final Map<String, Pattern> WORD_PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    private TaskCues() {
    }

    /** {@code word.matches(regex)} with the pattern compiled once: the cues run on every request. */
    private static boolean is(String word, String regex) {
        return WORD_PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(word).matches();
    }

    /** Reads the cues of {@code task}. */
    public static Reading read(String task) {
        TaskText text = TaskText.of(task);
        List<Hit> hits = new ArrayList<>();
        collectWords(text, hits);
        collectPhrases(text, hits);
        checkObjects(text, hits);
        markPurposes(text, hits);
        List<Cue> extra = new ArrayList<>();
        findTools(text, hits, extra);
        applyNegation(text, hits, extra);
        markHumanSteps(text, hits);
        markExistingInputs(text, hits);
        return conclude(text, hits, extra);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** A candidate cue over tokens {@code first..last}. */
    private static final class Hit {
        Cue.Kind kind;
        Role role;
        final int first;
        int last;
        State state = State.COUNTED;
        String detail;

        Hit(Cue.Kind kind, Role role, int first, int last) {
            this.kind = kind;
            this.role = role;
            this.first = first;
            this.last = last;
        }

        boolean counted() {
            return state == State.COUNTED && role != Role.NONE;
        }
    }

    private static void collectWords(TaskText text, List<Hit> hits) {
        List<String> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (isNounUse(tokens, i)) {
                continue;
            }
            if (JUDGE_WORD.matcher(token).matches() && !isSortOf(tokens, i) && !isBoxScore(tokens, i)) {
                hits.add(new Hit(Cue.Kind.JUDGES, Role.JUDGE, i, i));
            } else if (PRODUCE_WORD.matcher(token).matches() && !isMakeSure(tokens, i) && !isInputNoun(tokens, i)) {
                hits.add(new Hit(Cue.Kind.PRODUCES, Role.PRODUCE, i, i));
            } else if (NEUTRAL_VERB.matcher(token).matches()) {
                hits.add(new Hit(Cue.Kind.PRODUCES, Role.NONE, i, i)); // decided by its object below
            }
        }
    }

    /** Words that are a step as verbs but name a thing as nouns ("segment the scan" / "each customer segment"). */
    private static final Pattern VERB_OR_NOUN = Pattern.compile("segments?|rates|forecasts?|samples?|search|answers?");

    /** Tokens after which a word is in a verb's place ("to segment", "then forecast"). */
    private static final Pattern BEFORE_VERB = Pattern.compile(
            "to|and|then|or|we|i|you|they|should|must|will|can|could|please|also|automatically|[.;:,!?-]");

    /** Tokens that open a verb's object ("segment the tumour", "forecast each store's demand"). */
    private static final Pattern OBJECT_START = Pattern.compile(
            "the|a|an|each|every|all|them|it|these|those|this|that|our|their|its|my|your|which|whether|how|if"
                    + "|incoming|new|into|customers|users|images|\\d+");

    /**
     * A word of {@link #VERB_OR_NOUN} used as a noun: neither in a verb's place nor followed by an object or by
     * "for"/"per" (which make it the output: "a customer segment for each user"), as in "interest rates", "the
     * weather forecast", "each sample". It names a thing and is not a step.
     */
    private static boolean isNounUse(List<String> tokens, int i) {
        return VERB_OR_NOUN.matcher(tokens.get(i)).matches() && i > 0 && !BEFORE_VERB.matcher(tokens.get(i - 1)).matches()
                && !(i + 1 < tokens.size() && is(tokens.get(i + 1), OBJECT_START.pattern() + "|for|per"));
    }

    private static boolean isSortOf(List<String> tokens, int i) {
        return tokens.get(i).equals("sort") && i + 1 < tokens.size() && tokens.get(i + 1).equals("of");
    }

    private static boolean isBoxScore(List<String> tokens, int i) {
        return tokens.get(i).equals("score") && i > 0 && tokens.get(i - 1).equals("box");
    }

    private static boolean isMakeSure(List<String> tokens, int i) {
        return tokens.get(i).startsWith("mak") && i + 1 < tokens.size() && tokens.get(i + 1).equals("sure");
    }

    /** A content noun read from ("predict story points from its title and description") is an input. */
    private static boolean isInputNoun(List<String> tokens, int i) {
        if (!is(tokens.get(i), "descriptions?|explanations?|responses?|repl(?:y|ies)|suggestions?|variants?")) {
            return false;
        }
        for (int j = Math.max(0, i - 4); j < i; j++) {
            if (is(tokens.get(j), "from|given|in|on|using|over|read|reads|of")) {
                return true;
            }
        }
        return false;
    }

    private static void collectPhrases(TaskText text, List<Hit> hits) {
        addPhrases(text, hits, JUDGE_PHRASES, Cue.Kind.JUDGES, Role.JUDGE);
        addPhrases(text, hits, GATE_PHRASES, Cue.Kind.SEQUENCE, Role.JUDGE);
        addPhrases(text, hits, SEQUENCE_PHRASES, Cue.Kind.SEQUENCE, Role.NONE);
        addPhrases(text, hits, PRODUCE_PHRASES, Cue.Kind.PRODUCES, Role.PRODUCE);
    }

    private static void addPhrases(TaskText text, List<Hit> hits, List<Pattern> patterns, Cue.Kind kind, Role role) {
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text.normal());
            while (m.find()) {
                int start = m.start();
                while (start < m.end() && !Character.isLetterOrDigit(text.normal().charAt(start))
                        && text.normal().charAt(start) != '+' && text.normal().charAt(start) != '?') {
                    start++; // a phrase anchored on a clause mark quotes from its first word
                }
                if (start == m.end()) {
                    continue;
                }
                int first = text.tokenAt(start), last = text.tokenAt(m.end() - 1);
                if (kind == Cue.Kind.JUDGES && text.tokens().get(last).equals("?")) {
                    last = Math.max(first, last - 1);
                }
                hits.add(new Hit(kind, role, first, last));
            }
        }
    }

    /**
     * 2.1: a producing verb whose object is a judgement ("generate a relevance score", "write which scene each
     * frame belongs to", "summarise each call as resolved or unresolved") judges; one whose object is a system
     * ("make something that sorts emails") says nothing by itself; a judging verb whose object is a continuation
     * or samples ("predict how a melody continues") produces.
     */
    private static void checkObjects(TaskText text, List<Hit> hits) {
        List<String> tokens = text.tokens();
        for (Hit hit : hits) {
            if (hit.first != hit.last) {
                continue;
            }
            String verb = tokens.get(hit.first);
            boolean neutral = hit.role == Role.NONE && hit.kind == Cue.Kind.PRODUCES;
            if (hit.role == Role.PRODUCE && OBJECT_CHECKED.matcher(verb).matches() || neutral) {
                ObjectHead head = objectOf(text, hit.first, hits);
                switch (head.kind) {
                    case JUDGEMENT -> {
                        hit.kind = Cue.Kind.JUDGES;
                        hit.role = Role.JUDGE;
                        hit.last = head.token;
                        hit.detail = "the output is a judgement, whatever the verb";
                        for (Hit other : hits) { // "create a summary score": "summary" is a modifier
                            if (other != hit && other.role == Role.PRODUCE && other.first > hit.first
                                    && other.last < head.token) {
                                other.state = State.MODIFIER;
                            }
                        }
                    }
                    case SYSTEM -> hit.role = Role.NONE;
                    case CONTENT -> {
                        if (neutral) {
                            hit.role = Role.NONE;
                        }
                        for (Hit other : hits) { // "write the claim decision letter": "decision" is a modifier
                            if (other != hit && other.role == Role.JUDGE && other.first > hit.first
                                    && other.last <= head.token && other.first == other.last) {
                                other.state = State.MODIFIER;
                            }
                        }
                    }
                    case NONE -> {
                        if (neutral) {
                            hit.role = Role.NONE;
                        }
                    }
                }
            } else if (hit.role == Role.JUDGE && CONTINUATION_CHECKED.matcher(verb).matches()
                    && (continuesContent(tokens, hit.first, is(verb, "predict\\w*|estimat\\w*|forecast\\w*")
                    ? CONTINUATION_WORD : HYPOTHETICAL_WORD) || continuationPhraseFollows(tokens, hits, hit.first))) {
                hit.kind = Cue.Kind.PRODUCES;
                hit.role = Role.PRODUCE;
                hit.detail = "the output is new content, whatever the verb";
            }
        }
    }

    /** "simulate galaxy images for testing our detection pipeline": what the output is for is not a step. */
    private static void markPurposes(TaskText text, List<Hit> hits) {
        Matcher m = PURPOSE.matcher(text.normal());
        while (m.find()) {
            int from = text.tokenAt(m.end() - 1) + 1;
            for (Hit hit : hits) {
                if (hit.role == Role.JUDGE && hit.first >= from && hit.first <= from + 3 && hit.first == hit.last) {
                    hit.state = State.MODIFIER;
                }
            }
        }
    }

    private static final Pattern PURPOSE = Pattern.compile(
            "\\b(?:for|to) (?:test|testing|train|training|calibrate|calibrating|evaluate|evaluating|benchmark"
                    + "|benchmarking|stress test|stress testing|backtest|backtesting)\\b");

    private enum HeadKind { JUDGEMENT, CONTENT, SYSTEM, NONE }

    private record ObjectHead(HeadKind kind, int token) {
    }

    /** The head of the object after the verb at {@code verb}, within its clause (commas and slashes allowed). */
    private static ObjectHead objectOf(TaskText text, int verb, List<Hit> hits) {
        List<String> tokens = text.tokens();
        int end = objectWindowEnd(tokens, verb, 7);
        String verbWord = tokens.get(verb);
        if (verbWord.startsWith("design") || verbWord.startsWith("paint")) {
            return new ObjectHead(HeadKind.CONTENT, end - 1); // "design a flag" makes one
        }
        for (Hit hit : hits) { // "make a prediction of what the answer would look like"
            if (hit.kind == Cue.Kind.PRODUCES && hit.role == Role.PRODUCE && hit.first != hit.last
                    && hit.first > verb && hit.first < end) {
                return new ObjectHead(HeadKind.CONTENT, hit.first);
            }
        }
        for (int j = verb + 1; j < end; j++) {
            boolean relative = j > verb + 1 && is(tokens.get(j - 1), "in|for|with|on|at|by|from");
            if ((tokens.get(j).equals("which") || tokens.get(j).equals("whether")) && !relative) {
                return new ObjectHead(HeadKind.JUDGEMENT, j);
            }
        }
        for (int j = verb + 1; j < end; j++) {
            String t = tokens.get(j);
            if (CONTINUATION_WORD.matcher(t).matches() && is(t, "continues?|continuation|would|could|might|rest")) {
                return new ObjectHead(HeadKind.CONTENT, j);
            }
        }
        for (Hit hit : hits) { // a closed set right after the verb ("as resolved or unresolved", "yes / no")
            if (hit.kind == Cue.Kind.JUDGES && hit.first > verb && hit.first < end && hit.first != hit.last
                    && !is(text.tokens().get(hit.first), "which|one|rate|rates|match\\w*|track\\w*|rout\\w*")) {
                return new ObjectHead(HeadKind.JUDGEMENT, hit.last);
            }
        }
        for (int j = verb + 1; j < end; j++) {
            String t = tokens.get(j);
            if (PREPOSITION.contains(t)) {
                break; // "written by the model": what follows a preposition is not the object
            }
            HeadKind kind = nounKind(tokens, j);
            if (kind == HeadKind.NONE) {
                continue;
            }
            int head = j;
            while (head + 1 < end && nounKind(tokens, head + 1) != HeadKind.NONE) {
                head++; // the last noun of a compound is its head: "summary score", "alert email"
            }
            HeadKind headKind = nounKind(tokens, head);
            if (verbWord.startsWith("draw") && headKind == HeadKind.JUDGEMENT && !is(tokens.get(head), "box|boxes|masks?")) {
                headKind = HeadKind.CONTENT; // "draw a flag" makes one; "draw bounding boxes" marks objects
            }
            return new ObjectHead(headKind, head);
        }
        return new ObjectHead(HeadKind.NONE, verb);
    }

    private static final Set<String> PREPOSITION = Set.of("by", "with", "from", "using", "in", "on", "to", "for",
            "of", "about", "at", "into", "under", "over");

    private static HeadKind nounKind(List<String> tokens, int j) {
        String t = tokens.get(j);
        if (t.equals("level") && (j == 0 || is(tokens.get(j - 1), "a|an|the|this|that|each|next|\\d+"))) {
            return HeadKind.NONE; // "a level" of a game; "a difficulty level" is a judgement
        }
        if (JUDGEMENT_NOUN.matcher(t).matches()) {
            return HeadKind.JUDGEMENT;
        }
        if (PER_ITEM_NOUN.matcher(t).matches() && j + 1 < tokens.size()
                && is(tokens.get(j + 1), "for|per|next|saying|indicating")) {
            return HeadKind.JUDGEMENT;
        }
        if (CONTENT_NOUN.matcher(t).matches()) {
            return HeadKind.CONTENT;
        }
        if (SYSTEM_NOUN.matcher(t).matches()) {
            return j > 0 && tokens.get(j - 1).equals("3d") ? HeadKind.CONTENT : HeadKind.SYSTEM;
        }
        return HeadKind.NONE;
    }

    /** End (exclusive) of a verb's object: the clause mark, conjunction or width that comes first. */
    private static int objectWindowEnd(List<String> tokens, int verb, int width) {
        int end = verb + 1;
        while (end < tokens.size() && end <= verb + width) {
            String t = tokens.get(end);
            if (CLAUSE_MARKS.contains(t) || OBJECT_END.contains(t)) {
                break;
            }
            end++;
        }
        return end;
    }

    private static final Set<String> OBJECT_END = Set.of("and", "then", "but", "so", "while", "before", "after");

    /** "predict the next line of code", "predict what the user will type next": a producing phrase is the object. */
    private static boolean continuationPhraseFollows(List<String> tokens, List<Hit> hits, int verb) {
        for (Hit other : hits) {
            if (other.kind == Cue.Kind.PRODUCES && other.role == Role.PRODUCE && other.first != other.last
                    && other.first > verb && other.first <= verb + 3
                    && tokens.subList(verb + 1, other.first).stream().noneMatch(t -> CLAUSE_MARKS.contains(t) || is(t, "and|then|which"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean continuesContent(List<String> tokens, int verb, Pattern words) {
        if (verb + 1 < tokens.size() && is(tokens.get(verb + 1), "[:-]")) {
            verb++; // "predict: how this song continues"
        }
        int end = verb + 1;
        while (end < tokens.size() && end <= verb + 10 && !CLAUSE_MARKS.contains(tokens.get(end))
                && !is(tokens.get(end), "and|then")) {
            end++;
        }
        for (int j = verb + 1; j < end; j++) {
            String t = tokens.get(j);
            if (is(t, "which|whether|if|how") && !(t.equals("how") && j + 1 < end
                    && !is(tokens.get(j + 1), "long|many|much|likely|well|often|soon|far"))) {
                return false;
            }
            if (words.matcher(t).matches()) {
                return !(t.equals("new") && j + 1 < end && is(tokens.get(j + 1), "incoming|compounds?|accounts?|bug"));
            }
        }
        return false;
    }

    /** 2.3: a tool of one family asked to do the other family's work; its own words then do not count. */
    private static void findTools(TaskText text, List<Hit> hits, List<Cue> extra) {
        List<int[]> tools = new ArrayList<>(); // {first, last, 1 = generative / 0 = discriminative}
        for (int family = 0; family <= 1; family++) {
            Matcher m = (family == 1 ? GENERATIVE_TOOL : DISCRIMINATIVE_TOOL).matcher(text.normal());
            while (m.find()) {
                int first = text.tokenAt(m.start()), last = text.tokenAt(m.end() - 1);
                if (first == last && first > 0 && text.tokens().get(first - 1).equals("to")) {
                    continue; // "an LLM to filter spam": a verb, not a tool
                }
                while (first > 0 && last - first < 4 && !TOOL_LEFT_STOP.contains(text.tokens().get(first - 1))
                        && !CLAUSE_MARKS.contains(text.tokens().get(first - 1))
                        && !startsHit(hits, first - 1)) {
                    first--;
                }
                tools.add(new int[] {first, last, family});
                if (family == 1) {
                    hits.add(new Hit(Cue.Kind.PRODUCES, Role.PRODUCE, text.tokenAt(m.start()), last));
                }
            }
        }
        tools.sort(Comparator.comparingInt(t -> t[0]));
        for (int t = 0; t < tools.size(); t++) {
            int[] tool = tools.get(t);
            int nextTool = Integer.MAX_VALUE;
            for (int u = t + 1; u < tools.size() && nextTool == Integer.MAX_VALUE; u++) {
                if (tools.get(u)[0] > tool[1]) {
                    nextTool = tools.get(u)[0];
                }
            }
            Hit action = toolAction(text, hits, tool[1], nextTool);
            boolean provenance = tool[1] + 1 < text.tokens().size()
                    && PARTICIPLE.matcher(text.tokens().get(tool[1] + 1)).matches(); // "LLM-generated answers"
            if (action == null || provenance) {
                continue;
            }
            boolean generativeTool = tool[2] == 1;
            boolean misused = generativeTool ? action.role == Role.JUDGE : action.role == Role.PRODUCE;
            if (!misused) {
                continue;
            }
            // "can our spam classifier also write the newsletter": it keeps its own job as well
            boolean alsoOwnJob = text.tokens().subList(tool[1] + 1, action.first).stream().anyMatch(w -> is(w, "also|again|both"));
            for (Hit hit : hits) {
                if (hit.first >= tool[0] && hit.last <= tool[1] && !alsoOwnJob) {
                    hit.state = State.MISUSED_TOOL;
                }
            }
            int quoteFrom = tool[0] > 0 && is(text.tokens().get(tool[0] - 1), "a|an|the|our|my|their|your")
                    ? tool[0] - 1 : tool[0]; // "an LLM to flag", not "LLM to flag"
            extra.add(new Cue(Cue.Kind.WRONG_FAMILY, text.quote(quoteFrom, action.last),
                    generativeTool ? Family.DISCRIMINATIVE.label() : Family.GENERATIVE.label(),
                    text.originalStart(quoteFrom)));
        }
    }

    private static boolean startsHit(List<Hit> hits, int token) {
        for (Hit hit : hits) {
            if (hit.first == token && hit.role != Role.NONE) {
                return true;
            }
        }
        return false;
    }

    /** The first judging or producing step within 8 tokens after a tool, unless another tool or step comes first. */
    private static Hit toolAction(TaskText text, List<Hit> hits, int toolLast, int nextTool) {
        List<String> tokens = text.tokens();
        int end = Math.min(tokens.size(), toolLast + 9);
        for (int j = toolLast + 1; j < end; j++) {
            if (j >= nextTool) { // "a chat LLM as our spam filter": the tool is used as the other one
                boolean as = tokens.subList(toolLast + 1, nextTool).contains("as");
                return as ? new Hit(Cue.Kind.JUDGES, Role.JUDGE, nextTool, nextTool) : null;
            }
            String t = tokens.get(j);
            if (is(t, "then|first|so|before|after|where|when|while|but|[;:,-]")) {
                return null;
            }
            for (Hit hit : hits) {
                if (hit.first == j && hit.role != Role.NONE && hit.state == State.COUNTED) {
                    boolean passive = hit.last + 1 < tokens.size() && tokens.get(hit.last + 1).equals("by");
                    if (hit.kind == Cue.Kind.SEQUENCE || passive) {
                        return null;
                    }
                    return hit;
                }
            }
        }
        return null;
    }

    /** 2.2: words in a negation's scope do not count; "not just X, also Y" and "no raw output" are not negations. */
    private static void applyNegation(TaskText text, List<Hit> hits, List<Cue> extra) {
        List<String> tokens = text.tokens();
        List<int[]> scopes = new ArrayList<>(); // {negator, first, last}
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean negator = NEGATORS.contains(t) && !(t.equals("rather") && !nextIs(tokens, i, "than"))
                    && !(t.equals("instead") && !nextIs(tokens, i, "of"))
                    || t.equals("no") && !(i > 0 && is(tokens.get(i - 1), "/|yes")) && i + 1 < tokens.size()
                    && !CLAUSE_MARKS.contains(tokens.get(i + 1)) && !is(tokens.get(i + 1), "wait|actually")
                    || t.equals("past") && i > 0 && is(tokens.get(i - 1), "we're|are|were");
            if (!negator) {
                continue;
            }
            if (isAdditive(tokens, i)) {
                extra.add(new Cue(Cue.Kind.SEQUENCE, text.quote(i, Math.min(i + 1, tokens.size() - 1)), null,
                        text.originalStart(i)));
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && end <= i + 10 && !CLAUSE_MARKS.contains(tokens.get(end))
                    && !SCOPE_END.contains(tokens.get(end))) {
                end++;
            }
            if (end == i + 1 || tokens.subList(i + 1, end).stream().anyMatch(UNCHECKED::contains)) {
                if (end > i + 1) {
                    extra.add(new Cue(Cue.Kind.SEQUENCE, text.quote(i, end - 1), null, text.originalStart(i)));
                }
                continue;
            }
            if (t.equals("not") && i > 0 && is(tokens.get(i - 1), "is|are") && i + 1 < tokens.size()
                    && is(tokens.get(i + 1), "part|needed|required|necessary|wanted|the|in|out")) {
                continue; // "ranking is not part of it": handled as a backward negation
            }
            scopes.add(new int[] {i, i + 1, end - 1});
        }
        for (Pattern backward : BACKWARD_NEGATIONS) {
            Matcher m = backward.matcher(text.normal());
            while (m.find()) {
                int at = text.tokenAt(m.start());
                if (tokens.get(at).equals("?")) {
                    at++;
                }
                if (m.group().endsWith(" free")) { // "classify-free": the word before is negated
                    scopes.add(new int[] {at + 1, at, at});
                    continue;
                }
                boolean toTextStart = is(m.group(), ".*(?:actually|wait|kidding|scratch that|never mind)");
                int first = at - 1;
                while (first > 0 && (toTextStart || !CLAUSE_MARKS.contains(tokens.get(first - 1))
                        || first == at - 1 && tokens.get(at - 1).equals("?"))) {
                    first--;
                }
                if (first <= at - 1) {
                    scopes.add(new int[] {at, Math.max(0, first), at - 1});
                }
            }
        }
        for (int[] scope : scopes) {
            int lastNegated = -1;
            Role negatedRole = Role.NONE;
            for (Hit hit : hits) {
                if (hit.first >= scope[1] && hit.first <= scope[2] && hit.state == State.COUNTED) {
                    hit.state = State.NEGATED;
                    if (hit.role != Role.NONE) {
                        lastNegated = Math.max(lastNegated, hit.last);
                        negatedRole = negatedRole == Role.NONE ? hit.role : negatedRole;
                    }
                }
            }
            if (lastNegated >= 0) {
                int from = Math.min(scope[0], scope[1]), to = Math.max(scope[0], lastNegated);
                extra.add(new Cue(Cue.Kind.NEGATION, text.quote(from, to),
                        negatedRole == Role.JUDGE ? Family.DISCRIMINATIVE.label() : Family.GENERATIVE.label(),
                        text.originalStart(from)));
            }
        }
    }

    private static boolean nextIs(List<String> tokens, int i, String word) {
        return i + 1 < tokens.size() && tokens.get(i + 1).equals(word);
    }

    private static boolean isAdditive(List<String> tokens, int i) {
        for (int j = i + 1; j <= Math.min(i + 3, tokens.size() - 1); j++) {
            if (ADDITIVE.contains(tokens.get(j))) {
                return true;
            }
        }
        return i > 0 && tokens.get(i - 1).equals("alone") || i > 1 && tokens.get(i - 2).equals("alone");
    }

    /** Section 1: a step a person does ("our lawyer reviews it", "I'll pick one myself") is not a model step. */
    private static void markHumanSteps(TaskText text, List<Hit> hits) {
        List<String> tokens = text.tokens();
        for (Hit hit : hits) {
            if (hit.state != State.COUNTED || hit.role == Role.NONE) {
                continue;
            }
            int i = hit.first;
            boolean human = hit.first == hit.last && (i > 0 && HUMAN_ACTORS.contains(tokens.get(i - 1))
                    || i > 1 && HUMAN_ACTORS.contains(tokens.get(i - 2))
                    && is(tokens.get(i - 1), "will|can|'ll|then|should|must|would|to|also|could"));
            for (int j = hit.last + 1; j < Math.min(tokens.size(), hit.last + 8) && !CLAUSE_MARKS.contains(tokens.get(j)); j++) {
                human |= HUMAN_MARKS.contains(tokens.get(j)) && (!tokens.get(j).equals("hand") || tokens.get(j - 1).equals("by"));
            }
            if (human) {
                hit.state = State.HUMAN;
                hit.kind = Cue.Kind.HUMAN_STEP;
            }
        }
    }

    /**
     * 2.15: content that already exists and is only judged ("detect AI-written essays", "classify each chatbot
     * transcript") is an input, not a producing step, unless the task also filters what it judges.
     */
    private static void markExistingInputs(TaskText text, List<Hit> hits) {
        boolean gated = hits.stream().anyMatch(h -> h.kind == Cue.Kind.SEQUENCE && h.role == Role.JUDGE && h.counted());
        if (gated) {
            return;
        }
        List<String> tokens = text.tokens();
        boolean judged = hits.stream().anyMatch(h -> h.counted() && h.role == Role.JUDGE);
        for (Hit hit : hits) { // "accounts that were created by bots", "the language a file is written in"
            int i = hit.first;
            if (judged && hit.counted() && hit.role == Role.PRODUCE && hit.first == hit.last
                    && PARTICIPLE.matcher(tokens.get(i)).matches()
                    && (i > 0 && is(tokens.get(i - 1), "were|was|is|are|been|being|be")
                    || i + 1 < tokens.size() && is(tokens.get(i + 1), "by|in|with"))
                    && !byTheModel(tokens, i + 1)) {
                hit.state = State.EXISTING;
                hit.kind = Cue.Kind.EXISTING_INPUT;
            }
        }
        for (Hit judge : hits) {
            if (!judge.counted() || judge.role != Role.JUDGE) {
                continue;
            }
            int end = objectWindowEnd(tokens, judge.last, 6);
            for (Hit hit : hits) {
                if (hit.counted() && hit.role == Role.PRODUCE && hit.first > judge.last && hit.first < end
                        && hit.first == hit.last && describesContent(tokens, hit.first)) {
                    hit.state = State.EXISTING;
                    hit.kind = Cue.Kind.EXISTING_INPUT;
                }
            }
        }
    }

    /** "written by the model": the model writes it, so it is a step, not a description of an input. */
    private static boolean byTheModel(List<String> tokens, int i) {
        for (int j = i; j < Math.min(tokens.size(), i + 4); j++) {
            if (is(tokens.get(j), "model|llm|llms|ai|generator|system|bot|chatbot")) {
                return tokens.get(i).equals("by");
            }
        }
        return false;
    }

    /**
     * A producing word that describes content rather than asks for it: a participle ("AI-written") or a noun
     * ("chatbot transcript"), unless a subject makes it a step ("the answers we generate").
     */
    private static boolean describesContent(List<String> tokens, int i) {
        String t = tokens.get(i);
        boolean verb = PRODUCE_VERB_FORM.matcher(t).matches();
        if (verb && !PARTICIPLE.matcher(t).matches()) {
            return false;
        }
        return !(i > 0 && is(tokens.get(i - 1), "we|we'll|they|will|you|i|i'll"));
    }

    /** Producing words that are verbs (so that the rest are nouns and adjectives). */
    private static final Pattern PRODUCE_VERB_FORM = Pattern.compile(
            "(?:re)?writ(?:e|es|ing|ten)|(?:re)?wrote|compos(?:e|es|ed|ing)|(?:re)?generat(?:e|es|ed|ing)"
                    + "|creat(?:e|es|ed|ing)|draft(?:s|ed|ing)?|author(?:s|ed|ing)?|produc(?:e|es|ed|ing)|mak(?:e|es|ing)"
                    + "|made|design(?:s|ed|ing)?|invent(?:s|ed|ing)?|draw(?:s|ing|n)?|drew|paint(?:s|ed|ing)?"
                    + "|render(?:s|ed|ing)?|illustrat(?:e|es|ed|ing)|(?:re)?synthesi[sz](?:e|es|ed|ing)|simulat(?:e|es|ed|ing)"
                    + "|sampl(?:e|ed|ing)|translat(?:e|es|ed|ing)|dub(?:s|bed|bing)?|summar(?:ise|ises|ised|ising|ize"
                    + "|izes|ized|izing)|paraphras(?:e|es|ed|ing)|rephras(?:e|es|ed|ing)|reword(?:s|ed|ing)?"
                    + "|caption(?:ed|ing)?|continu(?:e|es|ed|ing)|extend(?:s|ed|ing)?|imput(?:e|es|ed|ing)"
                    + "|restor(?:e|es|ed|ing)|reconstruct(?:s|ed|ing)?|propos(?:e|es|ed|ing)|convert(?:s|ed|ing)?"
                    + "|explain(?:s|ed|ing)?|describ(?:e|ed|ing)|repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?"
                    + "|expand(?:s|ed|ing)?|implement(?:s|ed|ing)?|regenerat(?:e|es|ed|ing)|narrat(?:e|es|ed|ing)"
                    + "|shorten(?:s|ed|ing)?|animat(?:e|es|ed|ing)");

    private static Reading conclude(TaskText text, List<Hit> hits, List<Cue> extra) {
        List<Cue> cues = new ArrayList<>(extra);
        List<Cue> judging = new ArrayList<>(), producing = new ArrayList<>();
        hits.sort(Comparator.comparingInt((Hit h) -> h.first).thenComparingInt(h -> -(h.last - h.first)));
        boolean strongJudge = hits.stream().anyMatch(h -> h.counted() && h.role == Role.JUDGE && !isWeak(text, h));
        boolean weakJudge = hits.stream().anyMatch(h -> h.counted() && h.role == Role.JUDGE && isWeak(text, h));
        boolean strongProduce = hits.stream().anyMatch(h -> h.counted() && h.role == Role.PRODUCE && !isWeak(text, h));
        boolean weakProduce = hits.stream().anyMatch(h -> h.counted() && h.role == Role.PRODUCE && isWeak(text, h));
        boolean sequence = hits.stream().anyMatch(h -> h.state == State.COUNTED && h.kind == Cue.Kind.SEQUENCE)
                || extra.stream().anyMatch(c -> c.kind() == Cue.Kind.SEQUENCE);
        List<Hit> shown = new ArrayList<>();
        for (Hit hit : hits) {
            boolean visible = hit.state == State.COUNTED && (hit.role != Role.NONE || hit.kind == Cue.Kind.SEQUENCE)
                    || hit.state == State.HUMAN || hit.state == State.EXISTING;
            if (!visible || shown.stream().anyMatch(s -> s.first <= hit.first && s.last >= hit.last
                    && (s.role == hit.role || s.state != State.COUNTED))) {
                continue; // inside a longer cue that says the same
            }
            shown.add(hit);
            Cue cue = new Cue(hit.kind, text.quote(hit.first, hit.last), hit.detail, text.originalStart(hit.first));
            cues.add(cue);
            if (hit.counted()) {
                (hit.role == Role.JUDGE ? judging : producing).add(cue);
            }
        }
        String modality = modality(text, cues);
        String hint = modelHint(text, cues);
        addMatches(text, cues, DATA, Cue.Kind.DATA);
        addMatches(text, cues, CONSTRAINT, Cue.Kind.CONSTRAINT);
        cues.sort(Comparator.comparingInt(Cue::start));
        // Section 1: composite needs both steps stated. A topic word on the other side counts only in a pipeline.
        boolean judges = strongJudge || weakJudge, produces = strongProduce || weakProduce;
        Family verdict;
        boolean strong;
        if (strongJudge && strongProduce) {
            verdict = Family.COMPOSITE;
            strong = true;
        } else if (judges && produces && sequence) {
            verdict = Family.COMPOSITE;
            strong = false;
        } else if (strongJudge || strongProduce) {
            verdict = strongJudge ? Family.DISCRIMINATIVE : Family.GENERATIVE;
            strong = true;
        } else if (judges != produces) {
            verdict = judges ? Family.DISCRIMINATIVE : Family.GENERATIVE;
            strong = false;
        } else {
            verdict = null;
            strong = false;
        }
        return new Reading(List.copyOf(cues), verdict, strong, List.copyOf(judging), List.copyOf(producing),
                modality, hint);
    }

    /** A one-word cue that names a topic or describes content rather than states a step. */
    private static boolean isWeak(TaskText text, Hit hit) {
        if (hit.first != hit.last || hit.detail != null || hit.kind == Cue.Kind.SEQUENCE) {
            return false; // phrases, closed sets and re-read objects are steps
        }
        String token = text.tokens().get(hit.first);
        if (hit.role == Role.JUDGE) {
            return WEAK_JUDGE.matcher(token).matches();
        }
        return !PRODUCE_VERB_FORM.matcher(token).matches() && !STRONG_PRODUCE_NOUN.matcher(token).matches();
    }

    /** Labelled examples: what a discriminative model learns from. */
    private static final Pattern DATA = Pattern.compile(
            "\\b(?:[\\d,.]+k?|thousands?|millions?|hundreds?)(?: [\\w'-]+){0,3} (?:labelled|labeled|annotated|tagged)\\b"
                    + "|\\b(?:labelled|labeled|annotated) (?:[\\w'-]+ ){0,2}?(?:data|examples|photos|images|messages"
                    + "|emails|tickets|documents|records|samples|set|dataset)\\b");

    /** Volume, latency and cost: where the guidance's cheaper-and-faster argument applies. */
    private static final Pattern CONSTRAINT = Pattern.compile(
            "\\b(?:real time|realtime|live|as (?:they|it) (?:happen|happens|arrive|arrives)|as soon as (?:they|it) arrives?"
                    + "|within \\d+ (?:milliseconds|ms|seconds)|\\d+ (?:milliseconds|ms)|per second|a second"
                    + "|(?:millions?|thousands?|[\\d,.]+k?) (?:[\\w'-]+ ){0,3}(?:a|per|an|each) (?:day|hour|month|minute|second)"
                    + "|millions? per (?:day|hour|month)|at scale|cheap|cheaper|cost|costs|budget|latency|laptop"
                    + "|without internet|offline|on device|on the edge)\\b");

    private static void addMatches(TaskText text, List<Cue> cues, Pattern pattern, Cue.Kind kind) {
        Matcher m = pattern.matcher(text.normal());
        while (m.find()) {
            int from = text.tokenAt(m.start()), to = text.tokenAt(m.end() - 1);
            cues.add(new Cue(kind, text.quote(from, to), null, text.originalStart(from)));
        }
    }

    private static String modality(TaskText text, List<Cue> cues) {
        String best = "text";
        int bestCount = 0;
        Matcher bestMatch = null;
        for (Map.Entry<String, Pattern> entry : MODALITIES.entrySet()) {
            Matcher m = entry.getValue().matcher(text.normal());
            int count = 0;
            Matcher first = null;
            while (m.find()) {
                if (first == null) {
                    first = entry.getValue().matcher(text.normal());
                    first.find(m.start());
                }
                count++;
            }
            if (count > bestCount) {
                best = entry.getKey();
                bestCount = count;
                bestMatch = first;
            }
        }
        if (bestMatch != null) {
            int from = text.tokenAt(bestMatch.start()), to = text.tokenAt(bestMatch.end() - 1);
            cues.add(new Cue(Cue.Kind.MODALITY, text.quote(from, to), best, text.originalStart(from)));
        }
        return best;
    }

    private static String modelHint(TaskText text, List<Cue> cues) {
        Matcher spam = SPAM_HINT.matcher(text.normal()), sentiment = SENTIMENT_HINT.matcher(text.normal());
        boolean isSpam = spam.find(), isSentiment = sentiment.find();
        if (!isSpam && !isSentiment) {
            return null;
        }
        boolean spamWins = isSpam && (!isSentiment || !is(sentiment.group(), "sentiment|polarity") || spam.start() < sentiment.start()
                && !is(sentiment.group(), "sentiment|polarity"));
        Matcher m = spamWins ? spam : sentiment;
        int from = text.tokenAt(m.start()), to = text.tokenAt(m.end() - 1);
        String name = spamWins ? "spam" : "sentiment";
        cues.add(new Cue(Cue.Kind.MODEL_HINT, text.quote(from, to), name, text.originalStart(from)));
        return name;
    }

    private static Map<String, Pattern> modalities() {
        Map<String, Pattern> m = new java.util.LinkedHashMap<>();
        m.put("image", Pattern.compile("\\b(?:images?|photos?|pictures?|x ?rays?|xrays?|radiographs?|mri|ct|scans?"
                + "|camera|pixels?|drawings?|illustrations?|logos?|icons?|posters?|sketch(?:es)?|thumbnails?|selfies?"
                + "|satellite|slides|mammograms?|artwork|renderings?|avatars?|emoji|headshots?|diffusion)\\b"));
        m.put("video", Pattern.compile("\\b(?:videos?|footage|cctv|frames?|fps|clips?|film|movie|dashcam|stream)\\b"));
        m.put("audio", Pattern.compile("\\b(?:audio|speech|voices?|recordings?|music|songs?|melod(?:y|ies)|tunes?"
                + "|riff|jingles?|podcasts?|sounds?|voicemails?|microphones?|ringtones?|beats|lullaby|drums?"
                + "|bassline|calls?|tts|narration|singer|vocals?|soundscapes|acoustic)\\b"));
        m.put("tabular", Pattern.compile("\\b(?:tables?|tabular|rows?|columns?|csv|spreadsheets?|ledger|records"
                + "|transactions?|readings|sensor|telemetry|time series|features|database|crm|logs?)\\b"));
        m.put("code", Pattern.compile("\\b(?:code|functions?|scripts?|repo|repository|pull requests?|pr|commits?"
                + "|snippet|api|sql|regex|unit tests?|patch(?:es)?|docstrings?|python|java|javascript|rust|terraform"
                + "|bash|notebook|codebase|linter|compiler|binary|executables?|yara)\\b"));
        return m;
    }

    private static List<Pattern> compile(String... regexes) {
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : regexes) {
            patterns.add(Pattern.compile(regex));
        }
        return List.copyOf(patterns);
    }

}
