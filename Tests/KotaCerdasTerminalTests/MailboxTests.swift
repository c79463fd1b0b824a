import Glibc
import Testing
@testable import KotaCerdasTerminal

@Suite struct MailboxTests {
    private func isReadable(_ descriptor: Int32, within milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, milliseconds) == 1
    }

    @Test func aPostFromAnotherTaskWakesPoll() async throws {
        let mailbox = try Mailbox<String>()
        #expect(!isReadable(mailbox.descriptor, within: 0))
        await Task.detached { mailbox.post("data changed") }.value
        #expect(isReadable(mailbox.descriptor, within: 1000))
        #expect(mailbox.take() == ["data changed"])
        #expect(!isReadable(mailbox.descriptor, within: 0))
    }

    @Test func messagesKeepTheirOrderAcrossOneWakeUp() throws {
        let mailbox = try Mailbox<Int>()
        for number in 1...5 {
            mailbox.post(number)
        }
        #expect(isReadable(mailbox.descriptor, within: 0))
        #expect(mailbox.take() == [1, 2, 3, 4, 5])
        #expect(mailbox.take().isEmpty)
    }

    @Test func manyPostersLoseNothing() async throws {
        let mailbox = try Mailbox<Int>()
        await withTaskGroup(of: Void.self) { group in
            for number in 0..<200 {
                group.addTask { mailbox.post(number) }
            }
        }
        #expect(isReadable(mailbox.descriptor, within: 1000))
        #expect(mailbox.take().sorted() == Array(0..<200))
    }
}
