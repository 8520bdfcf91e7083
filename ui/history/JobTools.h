#pragma once

#include "config/DeviceConfig.h"
#include "storage/TemplateStore.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;

namespace iotpro::ui {

class JobHistory;

/// The job history's tools for the next module and for the office (docs/history.md, "In the
/// app"): save the chosen session's configuration as a template (never a secret), start the
/// wizard for the next module from a template or from the chosen circuit's plan, import and
/// export job packs, export the commissioned modules as CSV and for The Things Stack. Each goes
/// through JobHistory to the core code `iotpro-cli history` runs. Buttons ask for a name or a
/// file, then call the public function of the same job (which tests call with a path); the
/// outcome, or everything that is wrong, shows under the buttons.
class JobTools : public QWidget
{
    Q_OBJECT

public:
    explicit JobTools(JobHistory& history, QWidget* parent = nullptr);

    /// What is chosen in the tree: a session (a template's source), a circuit (where the next
    /// module goes).
    void setSelection(std::optional<qint64> session, std::optional<storage::CircuitPlace> place);

    bool saveTemplate(const QString& name, const QString& description, bool replace = false);
    /// Asks for the wizard to start from template `name`, placed at the chosen circuit if any.
    bool startFromTemplate(const QString& name);
    /// Asks for the wizard to start from the chosen circuit: its plan, its site's network.
    bool startFromPlan();
    bool importJobPack(const QString& path);
    bool exportJobPack(const QString& path);
    bool exportModules(const QString& path);
    bool exportThingsStack(const QString& path);

    /// What the last action did, or why it did not.
    QString outcome() const;

Q_SIGNALS:
    /// The wizard should start over with `draft` (no secret in it: the technician types them).
    void wizardRequested(const iotpro::config::DeviceConfig& draft);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshButtons();
    void showOutcome(const QString& text, bool problem);
    void askTemplate();
    void askTemplateToStart();
    void askImport();
    /// A file name to write, in the Documents folder by default; empty when cancelled.
    QString askSavePath(const QString& title, const QString& fileName, const QString& filter);

    JobHistory& m_history;
    std::optional<qint64> m_session;
    std::optional<storage::CircuitPlace> m_place;
    QPushButton* m_saveTemplate;
    QPushButton* m_fromTemplate;
    QPushButton* m_fromPlan;
    QPushButton* m_importPack;
    QPushButton* m_exportPack;
    QPushButton* m_exportModules;
    QPushButton* m_exportThingsStack;
    QLabel* m_outcome;
};

} // namespace iotpro::ui
