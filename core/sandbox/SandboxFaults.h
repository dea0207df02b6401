#pragma once

#include "sandbox/SandboxHttp.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/**
 * The fault switch (docs/sandbox.md#control-api), for tests and demos: the next matching requests are
 * answered with an error status (and Retry-After), late, or not at all, so retries, time-outs and error
 * messages can be seen without a misbehaving server. Set through the control API (/sandbox/faults),
 * which is itself never faulted. Not part of the saved state; `POST /sandbox/reset` clears it.
 */
class SandboxFaults
{
public:
    struct Rule
    {
        int id = 0;
        QByteArray method; ///< upper case; empty = any method
        QString
            pathPrefix; ///< relative to the base URL ("authentication/api/v1/systemregister"); empty = any
        int status = 0; ///< the status to answer; 0 = the normal answer (only late, or dropped)
        int count = 1; ///< how many more requests it applies to; removed after the last
        std::optional<int> retryAfterSeconds; ///< sent as Retry-After with the status
        int delayMs = 0; ///< answer this much later (the server keeps serving others meanwhile)
        bool dropConnection = false; ///< close the connection without an answer (after delayMs)
        /// Do the work, then close the connection without the answer (after delayMs): the write happened but
        /// its answer was lost, which is what clients must reconcile.
        bool loseAnswer = false;

        bool matches(const QByteArray &requestMethod, const QString &path) const;
        QJsonObject toJson() const;
        /// A rule from the control API's JSON; nullopt with a message in @p error when it is not valid.
        static std::optional<Rule> fromJson(const QJsonObject &object, QString *error);
    };

    /// Adds @p rule (after the existing ones: the first match wins) and returns its id.
    int add(Rule rule);
    void clear() { m_rules.clear(); }
    QList<Rule> rules() const { return m_rules; }
    QJsonArray toJson() const;

    /// The rule that applies to this request, used up by one; nullopt when none does. @p path is the
    /// request's path ("/authentication/api/v1/…"); paths under /sandbox/ are never faulted.
    std::optional<Rule> take(const QByteArray &method, const QString &path);

    /// The answer of a rule with a status: {"error": "injected fault"}, plus Retry-After when set.
    static SandboxResponse answer(const Rule &rule);

private:
    QList<Rule> m_rules;
    int m_nextId = 1;
};
