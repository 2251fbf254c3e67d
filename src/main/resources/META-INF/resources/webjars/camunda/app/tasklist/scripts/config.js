/*
 * Tasklist configuration of the Digital Nomad Residency workflow: Camunda's default (the shortcuts) plus
 * one custom script, dnr/due-date-first.js, that opens every filter sorted by due date (README "Users and
 * rights"). Served in place of the webjar's app/tasklist/scripts/config.js.
 */
export default {
  customScripts: ['dnr/due-date-first'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
