#pragma once

#include "altinn/Environment.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

/**
 * The confirmation every write to production goes through (a product rule: "asks for confirmation
 * before any write"). Outside production it agrees at once. The question is window-modal but
 * asynchronous (no nested event loop); the answer arrives in @p done.
 */
class ProductionGuard
{
    Q_DECLARE_TR_FUNCTIONS(ProductionGuard)

public:
    ProductionGuard() = delete;

    /**
     * Asks before @p action (e.g. tr("register the system “Acme Regnskap”")) is done in @p environment.
     * @p done(true) when the user agrees or the environment is not production.
     */
    static void confirm(QWidget *parent, const Altinn::Environment &environment, const QString &action,
        std::function<void(bool confirmed)> done);

    /// For tests: the next question is answered with @p answer without showing a dialog.
    static void setNextAnswer(std::optional<bool> answer);
};
