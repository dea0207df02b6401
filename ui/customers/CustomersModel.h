#pragma once

#include "altinn/ErrorExplainer.h"
#include "customers/CustomerRow.h"
#include "model/SystemUser.h"
#include "model/SystemUserRequestResponse.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>

class VendorSession;

namespace Altinn {
class ApiOperation;
} // namespace Altinn

/**
 * The customers of one system: its standard and agent requests and its system users, fetched in
 * parallel and merged into one row per request (with its system user once approved) plus one row per
 * system user whose request is gone. In the sandbox the customers' names come from its register.
 * A list that fails to load is reported in failures(); the others are still shown.
 */
class CustomersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CustomerColumn,
        NameColumn,
        KindColumn,
        StatusColumn,
        SystemUserColumn,
        ExternalRefColumn,
        CreatedColumn,
        RequestIdColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value (created as a date-time)
        SearchTextRole, ///< organisation number, name and external reference, for the filter
        StatusGroupRole, ///< CustomerRow::StatusGroup as int
    };

    /// A list that could not be loaded, explained for the user.
    struct Failure
    {
        QString what; ///< "Agent requests"
        Altinn::Explanation explanation;
    };

    explicit CustomersModel(QObject *parent = nullptr);
    ~CustomersModel() override;

    /// Shows the customers of @p systemId through @p session (may be null) and loads them.
    void setSystem(VendorSession *session, const QString &systemId);
    VendorSession *session() const;
    QString systemId() const { return m_systemId; }

    /// Loads everything again; a load under way is cancelled first.
    void refresh();
    void cancel();
    bool isLoading() const { return m_pending > 0; }
    /// Whether a load has finished since the system was set (so an empty table means "none").
    bool hasLoaded() const { return m_loaded; }
    QList<Failure> failures() const { return m_failures; }

    const CustomerRow *rowAt(int row) const;
    QList<CustomerRow> rows() const { return m_rows; }

    /// Requests (both kinds) and system users as rows: a system user joins the request it was made
    /// from (same id, else same customer, kind and external reference); deleted ones are left out.
    static QList<CustomerRow> merge(const QList<Altinn::SystemUserRequestResponse> &requests,
        const QList<Altinn::SystemUser> &systemUsers, const QHash<QString, QString> &names);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// A load ended (possibly with failures); rows() and failures() are up to date.
    void loaded();

private:
    /// Calls @p part with the current generation when it is still the load under way.
    template <typename T> auto partDone(std::function<void(const Altinn::ApiResult<T> &)> part);
    void finishLoad();
    void cancelOperations();
    void addFailure(const QString &what, const Altinn::ApiFailure &failure, const QString &operation);

    QPointer<VendorSession> m_session;
    QMetaObject::Connection m_sessionGone;
    QString m_systemId;
    quint64 m_generation = 0; ///< answers of an earlier load are ignored
    int m_pending = 0;
    QList<QPointer<Altinn::ApiOperation>> m_operations;
    QList<Altinn::SystemUserRequestResponse> m_loadedRequests;
    QList<Altinn::SystemUser> m_loadedSystemUsers;
    QList<Failure> m_failures;
    QList<CustomerRow> m_rows;
    bool m_loaded = false;
    bool m_systemUsersLoaded = false; ///< false: "no system user" cannot be told from "not loaded"
    /// Sandbox register names, fetched once per session.
    QHash<QString, QString> m_names;
    QPointer<VendorSession> m_namesSession;
};
