import AgoraCore
import Testing
@testable import AgoraAgents

struct LLMDecisionParserTests {
    static let parser = LLMDecisionParser(feed: [PostID(10), PostID(11), PostID(12)], authors: [AgentID(5), AgentID(6)],
                                          authorOfPost: [0, 1, 0], topicLabels: ["sports", "music"])

    @Test func aCleanAnswerIsValid() throws {
        let answer = #"{"actions": [{"type": "like", "post": "p1"}, {"type": "comment", "post": "p0", "text": "Agreed."}, {"type": "follow", "user": "u1"}, {"type": "post", "text": "Hello"}], "satisfaction": 5, "more_of": "Music"}"#
        let decision = try #require(Self.parser.parse(answer))
        #expect(decision.verdict == .valid)
        #expect(decision.actions == [
            LLMAction(kind: .like, post: 1), LLMAction(kind: .comment, post: 0, text: "Agreed."),
            LLMAction(kind: .follow, user: AgentID(6)), LLMAction(kind: .post, text: "Hello"),
        ])
        #expect(decision.satisfaction == 5 && decision.moreOf == 1 && decision.lessOf == nil)
    }

    @Test func unknownIDsAreDroppedAndCounted() throws {
        let answer = #"{"actions": [{"type": "like", "post": "p7"}, {"type": "like", "post": "{0}"}, {"type": "mute", "user": "u9"}, {"type": "repost", "post": "[p2]"}], "satisfaction": 2}"#
        let decision = try #require(Self.parser.parse(answer))
        #expect(decision.droppedIDs == 3 && decision.verdict == .repaired)
        #expect(decision.actions == [LLMAction(kind: .repost, post: 2)])
    }

    @Test func invalidAnswersGiveNoDecision() {
        for answer in ["I like cats", #"{"satisfaction": 3}"#, #"{"actions": "like p0"}"#, #"{"actions": [ "#] {
            #expect(Self.parser.parse(answer) == nil, "\(answer)")
        }
    }

    @Test func proseAroundTheObjectAndUserActionsByPostAreAccepted() throws {
        let answer = "Sure! ```json\n{\"actions\": [{\"type\": \"unfollow\", \"post\": \"p1\"}, {\"type\": \"end\"}, {\"type\": \"like\", \"post\": \"p0\"}], \"satisfaction\": 3}\n``` hope that helps {"
        let decision = try #require(Self.parser.parse(answer))
        #expect(decision.actions == [LLMAction(kind: .unfollow, user: AgentID(6))])
        #expect(decision.verdict == .valid)
    }

    @Test func lineBreaksInsideStringsAreRepaired() throws {
        let decision = try #require(Self.parser.parse("{\"actions\": [{\"type\": \"post\", \"text\": \"two\nlines\"}], \"satisfaction\": 4}"))
        #expect(decision.actions == [LLMAction(kind: .post, text: "two lines")] && decision.verdict == .repaired)
    }

    @Test func outOfRangeValuesAndMissingTextAreRepaired() throws {
        let answer = #"{"actions": [{"type": "dance"}, {"type": "quote", "post": "p0"}], "satisfaction": 9, "less_of": "knitting"}"#
        let decision = try #require(Self.parser.parse(answer))
        #expect(decision.satisfaction == 5 && decision.repairs == 4 && decision.lessOf == nil)
        #expect(decision.actions == [LLMAction(kind: .quote, post: 0, text: "")])
    }
}
