package cn.heatdesk.customers;

/**
 * How another module names a customer on its own records: the account number and the full address, with the
 * customer's area. Neither is a personal field (R-SYS-2 masks phones and ID numbers), so nothing is masked here.
 */
public record CustomerLabel(long id, long areaId, String accountNumber, String address) {
}
