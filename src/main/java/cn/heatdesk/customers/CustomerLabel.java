package cn.heatdesk.customers;

/**
 * How another module names a customer on its own records: the account number, the name (an institution's own
 * name, else the owner's; as the customer file shows it) and the full address, with the customer's area. None of
 * these is a personal field (R-SYS-2 masks phones and ID numbers), so nothing is masked here.
 */
public record CustomerLabel(long id, long areaId, String accountNumber, String name, String address) {
}
