#include "customers/CustomersModel.h"

#include "altinn/ApiOperation.h"
#include "altinn/RequestClient.h"
#include "altinn/RequestStatusText.h"
#include "altinn/SandboxControlClient.h"
#include "altinn/SystemUserClient.h"
#include "session/VendorSession.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using Altinn::RequestKind;

CustomersModel::CustomersModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

CustomersModel::~CustomersModel()
{
    // No signals from here: the view that listens may be half destroyed already.
    cancelOperations();
}

void CustomersModel::setSystem(VendorSession *session, const QString &systemId)
{
    cancel();
    disconnect(m_sessionGone);
    m_session = session;
    m_systemId = systemId;
    if (session) {
        // The wizard replaces its session when the profile changes; calls of the old one never answer.
        m_sessionGone =
            connect(session, &QObject::destroyed, this, [this] { setSystem(nullptr, m_systemId); });
    }
    m_loaded = false;
    m_failures.clear();
    beginResetModel();
    m_rows.clear();
    endResetModel();
    refresh();
}

VendorSession *CustomersModel::session() const
{
    return m_session;
}

void CustomersModel::cancelOperations()
{
    // Cancelled calls may answer at once; the new generation makes those answers ignored.
    ++m_generation;
    const auto operations = std::exchange(m_operations, {});
    for (const QPointer<Altinn::ApiOperation> &operation : operations) {
        if (operation)
            operation->cancel();
    }
}

void CustomersModel::cancel()
{
    cancelOperations();
    if (m_pending > 0) {
        m_pending = 0;
        Q_EMIT loadingChanged(false);
    }
}

template <typename T> auto CustomersModel::partDone(std::function<void(const Altinn::ApiResult<T> &)> part)
{
    QPointer<CustomersModel> self(this);
    return [self, generation = m_generation, part = std::move(part)](const Altinn::ApiResult<T> &result) {
        if (!self || generation != self->m_generation)
            return;
        part(result);
        if (--self->m_pending == 0)
            self->finishLoad();
    };
}

void CustomersModel::refresh()
{
    cancel();
    m_loadedRequests.clear();
    m_loadedSystemUsers.clear();
    m_failures.clear();
    if (!m_session || m_systemId.isEmpty()) {
        m_loaded = false;
        Q_EMIT loaded();
        return;
    }

    const bool wantNames = m_session->environment().isLocal() && m_namesSession != m_session;
    m_pending = wantNames ? 4 : 3;
    Q_EMIT loadingChanged(true);

    using Requests = QList<Altinn::SystemUserRequestResponse>;
    const auto requestsPart = [this](RequestKind kind) {
        return partDone<Requests>([this, kind](const Altinn::ApiResult<Requests> &result) {
            if (result.ok()) {
                m_loadedRequests += *result.value;
            } else if (kind == RequestKind::Agent) {
                addFailure(tr("Agent requests"), result.failure, tr("loading the agent requests"));
            } else {
                addFailure(tr("Standard requests"), result.failure, tr("loading the standard requests"));
            }
        });
    };
    // Every call is started before any can answer: the answers come on later event-loop turns.
    m_operations.append(m_session->requests()->listBySystem(
        m_systemId, RequestKind::Standard, requestsPart(RequestKind::Standard)));
    m_operations.append(m_session->requests()->listBySystem(
        m_systemId, RequestKind::Agent, requestsPart(RequestKind::Agent)));
    m_operations.append(m_session->systemUsers()->listBySystem(m_systemId,
        partDone<QList<Altinn::SystemUser>>(
            [this](const Altinn::ApiResult<QList<Altinn::SystemUser>> &result) {
                m_systemUsersLoaded = result.ok();
                if (result.ok())
                    m_loadedSystemUsers = *result.value;
                else
                    addFailure(tr("System users"), result.failure, tr("loading the system users"));
            })));
    if (wantNames) {
        QPointer<VendorSession> session = m_session;
        m_operations.append(m_session->sandboxControl()->organisations(partDone<QList<Altinn::Organisation>>(
            [this, session](const Altinn::ApiResult<QList<Altinn::Organisation>> &result) {
                // Names are a convenience: without them the organisation numbers still say who it is.
                if (!result.ok())
                    return;
                m_names.clear();
                for (const Altinn::Organisation &organisation : *result.value)
                    m_names.insert(organisation.orgNo, organisation.name);
                m_namesSession = session;
            })));
    }
}

void CustomersModel::addFailure(
    const QString &what, const Altinn::ApiFailure &failure, const QString &operation)
{
    m_failures.append({what, Altinn::ErrorExplainer::explain(failure, operation)});
}

void CustomersModel::finishLoad()
{
    m_operations.clear();
    const QHash<QString, QString> names = m_namesSession == m_session ? m_names : QHash<QString, QString>();
    beginResetModel();
    m_rows = merge(m_loadedRequests, m_loadedSystemUsers, names);
    endResetModel();
    m_loaded = true;
    Q_EMIT loadingChanged(false);
    Q_EMIT loaded();
}

QList<CustomerRow> CustomersModel::merge(const QList<Altinn::SystemUserRequestResponse> &requests,
    const QList<Altinn::SystemUser> &systemUsers, const QHash<QString, QString> &names)
{
    QList<CustomerRow> rows;
    rows.reserve(requests.size() + systemUsers.size());
    for (const Altinn::SystemUserRequestResponse &request : requests) {
        CustomerRow row;
        row.customerOrg = request.partyOrgNo;
        row.customerName = names.value(request.partyOrgNo);
        row.kind = request.kind;
        row.hasRequest = true;
        row.status = request.status;
        row.timedOut = request.timedOut;
        row.statusText = Altinn::RequestStatusText::display(request);
        row.externalRef = request.externalRef;
        row.created = request.created;
        row.requestId = request.id;
        row.confirmUrl = request.confirmUrl;
        rows.append(row);
    }

    const auto kindOf = [](const Altinn::SystemUser &user) {
        return user.userType.compare(u"agent"_s, Qt::CaseInsensitive) == 0 ? RequestKind::Agent
                                                                           : RequestKind::Standard;
    };
    QList<const Altinn::SystemUser *> unmatched;
    for (const Altinn::SystemUser &user : systemUsers) {
        if (user.isDeleted)
            continue;
        // A system user has the id of the request it was made from.
        const auto byId = std::find_if(rows.begin(), rows.end(), [&user](const CustomerRow &row) {
            return row.requestId.compare(user.id, Qt::CaseInsensitive) == 0;
        });
        if (byId != rows.end())
            byId->systemUserId = user.id;
        else
            unmatched.append(&user);
    }
    for (const Altinn::SystemUser *user : std::as_const(unmatched)) {
        const auto sameCustomer = std::find_if(rows.begin(), rows.end(), [&](const CustomerRow &row) {
            return row.hasRequest && !row.hasSystemUser() && row.status == Altinn::RequestStatus::Accepted
                && row.customerOrg == user->reporteeOrgNo && row.kind == kindOf(*user)
                && row.externalRef == user->externalRef;
        });
        if (sameCustomer != rows.end()) {
            sameCustomer->systemUserId = user->id;
            continue;
        }
        CustomerRow row;
        row.customerOrg = user->reporteeOrgNo;
        row.customerName = names.value(user->reporteeOrgNo);
        row.kind = kindOf(*user);
        row.hasRequest = false;
        row.status = Altinn::RequestStatus::Accepted;
        row.statusText = tr("Active system user");
        row.externalRef = user->externalRef;
        row.created = user->created;
        row.systemUserId = user->id;
        rows.append(row);
    }
    return rows;
}

const CustomerRow *CustomersModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CustomersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomersModel::data(const QModelIndex &index, int role) const
{
    const CustomerRow *row = rowAt(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};

    switch (role) {
    case SearchTextRole:
        return QString(row->customerOrg + u' ' + row->customerName + u' ' + row->externalRef);
    case StatusGroupRole:
        return static_cast<int>(row->statusGroup());
    case SortRole:
        if (index.column() == CreatedColumn)
            return row->created;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case CustomerColumn:
            return row->customerOrg;
        case NameColumn:
            return row->customerName;
        case KindColumn:
            return Altinn::RequestStatusText::kind(row->kind);
        case StatusColumn:
            return row->statusText;
        case SystemUserColumn:
            if (row->hasSystemUser())
                return tr("Active");
            // The list failed: an approved request may well have one.
            return !m_systemUsersLoaded && row->status == Altinn::RequestStatus::Accepted ? tr("Unknown")
                                                                                          : QString();
        case ExternalRefColumn:
            return row->externalRef;
        case CreatedColumn:
            return row->created.isValid()
                ? QLocale().toString(row->created.toLocalTime(), QLocale::ShortFormat)
                : QString();
        case RequestIdColumn:
            return row->requestId;
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!row->requestId.isEmpty())
            lines.append(tr("Request id: %1").arg(row->requestId));
        if (row->hasSystemUser())
            lines.append(tr("System user id: %1").arg(row->systemUserId));
        else if (row->hasRequest)
            lines.append(tr("No system user yet"));
        if (!row->confirmUrl.isEmpty())
            lines.append(tr("Approval link: %1").arg(row->confirmUrl));
        return lines.join(u'\n');
    }
    case Qt::AccessibleTextRole:
        if (index.column() == SystemUserColumn)
            return row->hasSystemUser() ? tr("System user active") : tr("No system user");
        break;
    default:
        break;
    }
    return {};
}

QVariant CustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CustomerColumn:
        return tr("Organisation");
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case SystemUserColumn:
        return tr("System user");
    case ExternalRefColumn:
        return tr("External reference");
    case CreatedColumn:
        return tr("Created");
    case RequestIdColumn:
        return tr("Request id");
    default:
        return {};
    }
}
